/** The moderation tools: the thread capture's menu item, overlay and outcomes, in French. */
export const threadMessagesFr = {
  'settings.moderation': 'Modération',
  'settings.moderation.enabled':
    'Outils de modération : capturer tout un fil, une sélection, un auteur, tous les onglets',
  'settings.moderation.help':
    'Pour les personnes qui modèrent un chat, un serveur ou un forum : Témoin parcourt tout le fil du message cliqué, écran par écran, et garde chaque écran et chaque message avec son empreinte.',
  'settings.moderation.screenLimit': 'Nombre d’écrans au plus par fil',
  'settings.moderation.badLimit': 'Choisissez un nombre entier de 1 à {max}.',
  menuThread: 'Capturer tout le fil',
  'thread.title': 'Capture du fil',
  'thread.progress': {
    one: 'Écran {screen} sur {limit} au plus · {count} message trouvé',
    other: 'Écran {screen} sur {limit} au plus · {count} messages trouvés',
  },
  'thread.pause': 'Pause',
  'thread.resume': 'Reprendre',
  'thread.cancel': 'Annuler',
  'thread.paused': 'En pause. Rien n’est capturé tant que vous ne reprenez pas.',
  'thread.userScrolled':
    'Vous avez fait défiler la page : la capture est en pause. Reprenez quand vous voulez.',
  'thread.doneTitle': 'Fil enregistré',
  'thread.stoppedTitle': 'Fil enregistré en partie',
  'thread.summary': {
    one: '{count} message capturé sur {screens} écrans, chacun avec son empreinte SHA-256.',
    other: '{count} messages capturés sur {screens} écrans, chacun avec son empreinte SHA-256.',
  },
  'thread.captured': { one: '{count} message capturé', other: '{count} messages capturés' },
  'thread.announced': {
    one: 'sur {count} annoncé, en {screens} écrans, chacun avec son empreinte SHA-256.',
    other: 'sur {count} annoncés, en {screens} écrans, chacun avec son empreinte SHA-256.',
  },
  'thread.end.end-of-thread': 'Le fil a été parcouru jusqu’au bout.',
  'thread.end.cancelled': 'Vous avez annulé : ce qui était capturé est gardé.',
  'thread.end.screen-limit':
    'La limite d’écrans est atteinte (réglable dans les réglages) : la suite du fil n’est pas capturée.',
  'thread.end.tab-closed': 'L’onglet a été fermé : ce qui était capturé est gardé.',
  'thread.end.tab-hidden':
    'Vous avez changé d’onglet : la capture s’est arrêtée, ce qui était capturé est gardé.',
  'thread.end.page-navigated': 'La page a changé d’adresse : ce qui était capturé est gardé.',
  'thread.end.worker-stopped':
    'Le navigateur a arrêté Témoin pendant la capture : ce qui était capturé est gardé.',
  'thread.resumedNotice': 'Reprise après un arrêt du navigateur.',
  'thread.resumedDetail':
    'Le navigateur a arrêté Témoin pendant la capture : elle a repris d’elle-même à l’écran {screen}.',
  'thread.end.storage-failed':
    'Un écran n’a pas pu être enregistré (disque plein ?) : ce qui était capturé avant est gardé.',
  'thread.end.screenshot-failed':
    'Le navigateur a refusé une capture d’écran : ce qui était capturé avant est gardé.',
  'thread.noPost':
    'Aucun message reconnu sous le clic : faites un clic droit sur un message du fil.',
} as const;
