/**
 * The words Témoin composes for a report: the evidence description (typed into forms and ready
 * texts), the platform notice and the report page's warnings.
 */
export const reportingMessagesFr = {
  'evidence.content': 'Contenu',
  'evidence.on': 'sur',
  'evidence.by': 'publié par',
  'evidence.address': 'Adresse',
  'evidence.text': 'Texte affiché',
  'evidence.published': 'Publié le',
  'evidence.publishedAround': 'Publié entre le {earliest} et le {latest} (affiché « {label} »)',
  'evidence.instant': '{date} à {time} (heure locale, UTC{offset}), soit {utc}',
  'evidence.captured': 'Capturé le',
  'evidence.hash': 'SHA-256 de la capture d’écran',
  'evidence.deleted': 'images supprimées (contenu pédocriminel), empreintes conservées',
  'evidence.several':
    '{count} contenus signalés ensemble, dans l’ordre, chacun avec son adresse, son auteur et ses heures :',
  'evidence.closing':
    'Captures conservées par le déclarant avec l’extension Témoin ; empreintes SHA-256 vérifiables.',
  'notice.subject': 'Notification de contenu illicite (règlement (UE) 2022/2065, article 16)',
  'notice.intro': {
    one: 'Je vous notifie, au titre de l’article 16 du règlement (UE) 2022/2065 sur les services numériques, le contenu illicite décrit ci-dessous. Cette notification porte sur {count} élément.',
    other:
      'Je vous notifie, au titre de l’article 16 du règlement (UE) 2022/2065 sur les services numériques, le contenu illicite décrit ci-dessous. Cette notification porte sur {count} éléments.',
  },
  'notice.a': 'a) Pourquoi ce contenu est illicite',
  'notice.b': 'b) Emplacement exact du contenu',
  'notice.c': 'c) Auteur de la notification',
  'notice.childAbuseException':
    'Non communiqués : la notification concerne une infraction d’abus sexuel sur mineur (article 16, paragraphe 2, point c).',
  'notice.placeholderName': '[Votre nom]',
  'notice.placeholderEmail': '[Votre adresse électronique]',
  'notice.d': 'd) Déclaration',
  'notice.statement':
    'Je déclare de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.',
  'notice.laws': 'Textes concernés',
  'deadline.three-months':
    'Les injures et diffamations se prescrivent par trois mois (un an si elles sont discriminatoires)',
  'deadline.one-year': 'Les propos discriminatoires se prescrivent par un an',
  'deadline.passed':
    '{term} (loi du 29 juillet 1881). Ce délai semble dépassé depuis le {date} : parlez-en à un avocat ou à une association d’aide aux victimes avant de renoncer.',
  'deadline.left': {
    one: '{term} (loi du 29 juillet 1881) : il reste {count} jour, jusqu’au {date}.',
    other: '{term} (loi du 29 juillet 1881) : il reste {count} jours, jusqu’au {date}.',
  },
  'deadline.leftAtMost': {
    one: '{term} (loi du 29 juillet 1881) : il reste au plus {count} jour, jusqu’au {date} (date de publication inconnue : compté depuis la capture).',
    other:
      '{term} (loi du 29 juillet 1881) : il reste au plus {count} jours, jusqu’au {date} (date de publication inconnue : compté depuis la capture).',
  },
  'warning.no-images':
    'La loi interdit de détenir des images d’abus sexuels sur mineurs, même pour les signaler : Témoin n’en garde et n’en exporte aucune. L’adresse et le texte suffisent aux enquêteurs.',
  'warning.false-report':
    'Signaler sciemment un fait faux est puni (code pénal, art. 226-10 : jusqu’à 5 ans de prison et 45 000 € d’amende). Décrivez ce que vous avez vu, sans en rajouter.',
  'warning.already-reported':
    'Déjà signalé à {channel} le {at}. Signaler plusieurs fois le même contenu n’accélère pas son traitement.',
  'warning.repeat':
    'Un seul signalement suffit : signaler plusieurs fois le même contenu, ou le faire signaler par d’autres, n’accélère pas son traitement.',
} as const;
