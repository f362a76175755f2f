/**
 * The welcome page, the shortcuts and the way to the settings, in French, the reference
 * language.
 */
export const welcomeMessagesFr = {
  'welcome.title': 'Bienvenue dans Témoin',
  'welcome.intro':
    'Témoin garde la preuve des publications abusives que vous voyez en ligne. Faites un clic droit sur une publication et choisissez « Capturer comme preuve » : son adresse, l’heure, une capture d’écran de la page et de la publication, l’auteur et le texte sont enregistrés, avec leurs empreintes SHA-256, pour que chacun puisse vérifier plus tard que rien n’a changé.',
  'welcome.doesTitle': 'Ce que fait Témoin',
  'welcome.does1': 'Il enregistre vos captures sur cet ordinateur, dans le navigateur.',
  'welcome.does2':
    'Il vous aide à signaler : il trouve le bon service (PHAROS, la plateforme, une plainte…) et pré-remplit le formulaire officiel.',
  'welcome.does3':
    'Il exporte vos preuves en une archive vérifiable, avec un rapport PDF pour une plainte.',
  'welcome.doesNotTitle': 'Ce qu’il ne fait pas',
  'welcome.doesNot1':
    'Rien ne quitte votre ordinateur : pas de compte, pas de serveur, pas de statistiques. Seuls sortent les formulaires que vous ouvrez et les fichiers que vous exportez.',
  'welcome.doesNot2':
    'Il n’envoie jamais un signalement à votre place : vous relisez le formulaire et l’envoyez vous-même.',
  'welcome.doesNot3':
    'Il ne garde pas d’images d’abus sexuels sur mineurs : dès qu’une capture est classée ainsi, il en supprime les images, comme la loi l’exige, et ne garde que l’adresse, le texte et les empreintes.',
  'welcome.practice': 'S’entraîner sur la page d’exemple',
  'welcome.practiceHelp': 'Des publications fictives, pour essayer sans risque.',
  'welcome.settings': 'Ouvrir les réglages',
  'welcome.settingsHelp':
    'La langue, ce que Témoin enregistre, votre identité pour les formulaires (facultative).',
  'shortcuts.title': 'Raccourcis clavier',
  'shortcuts.capture-tab': 'Capturer l’onglet',
  'shortcuts.open-popup': 'Ouvrir la fenêtre de Témoin',
  'shortcuts.open-library': 'Ouvrir la bibliothèque',
  'shortcuts.none': 'aucun raccourci choisi',
  'shortcuts.change.chrome': 'Pour les changer : chrome://extensions/shortcuts.',
  'shortcuts.change.firefox':
    'Pour les changer : about:addons, puis la roue dentée, « Gérer les raccourcis d’extensions ».',
  'settings.open': 'Réglages',
} as const;
