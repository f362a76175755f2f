/** French, the reference language: every key exists here first. */
export const messagesFr = {
  menuCapture: 'Capturer comme preuve',
  savedTitle: 'Preuve enregistrée',
  savedDetail: '{site}, {time}. Empreinte SHA-256 calculée.',
  savedDetailNoCrop: '{site}, {time}. Page entière seulement : {why}',
  failedTitle: 'Capture impossible',
  close: 'Fermer',
  'failure.browser-page':
    'Le navigateur protège ses pages internes (chrome://, about:, réglages) : aucune extension ne peut les capturer. Ouvrez le contenu dans un onglet normal.',
  'failure.extension-store':
    "Le navigateur interdit aux extensions de capturer sa boutique d'extensions. Faites une capture d'écran avec votre système.",
  'failure.pdf-viewer':
    "Le lecteur PDF du navigateur ne peut pas être capturé. Téléchargez le PDF et gardez le fichier : c'est une meilleure preuve.",
  'failure.file-access-denied':
    "Pour capturer un fichier local, autorisez « Accès aux URL de fichier » dans la page de gestion de l'extension.",
  'failure.tab-closed': "L'onglet a été fermé avant la capture. Rien n'a été enregistré.",
  'failure.page-navigated':
    "La page a changé avant la capture. Rien n'a été enregistré : revenez au contenu et recommencez.",
  'failure.tab-hidden':
    "L'onglet n'était plus affiché au moment de la capture. Rien n'a été enregistré : revenez-y et recommencez.",
  'failure.quota-exceeded':
    'Le navigateur a refusé trop de captures rapprochées. Réessayez dans une seconde.',
  'failure.storage-full':
    "L'espace de stockage est plein. Rien n'a été perdu ni enregistré à moitié : exportez ou supprimez d'anciennes preuves, puis recommencez.",
  'failure.unknown': "La capture a échoué. Rien n'a été enregistré. Réessayez.",
  'crop.no-post-found': 'aucune publication reconnue sous le clic.',
  'crop.post-out-of-view': 'la publication était hors de l’écran.',
  'crop.site-not-enabled': 'le recadrage n’est pas activé pour ce site.',
  'crop.inside-frame': 'la publication est dans un cadre intégré.',
  'crop.page-changed': 'la publication a disparu de la page.',
  'crop.clipped-to-viewport': 'la publication dépassait de l’écran.',
  'crop.cropped': '',
  'popup.title': 'Témoin',
  'popup.captureTab': 'Capturer cet onglet',
  'popup.capturing': 'Capture en cours…',
  'popup.latest': 'Dernières preuves',
  'popup.empty':
    'Aucune preuve pour l’instant. Faites un clic droit sur une publication et choisissez « Capturer comme preuve ».',
  'popup.practice': 'S’entraîner sur une page d’exemple',
  'popup.enableSite': 'Activer le recadrage des publications sur {site}',
  'popup.enableSiteHelp':
    'Sur ce site, Témoin capture la partie visible de la page. Pour recadrer la publication sur laquelle vous cliquez, autorisez Témoin à lire ce site.',
  'popup.siteEnabled': 'Recadrage activé sur {site}.',
  'popup.back': 'Retour',
  'detail.screenshot': 'Capture de la page',
  'detail.postCrop': 'Publication recadrée',
  'detail.noCrop': 'Pas de recadrage : {why}',
  'detail.metadata': 'Informations enregistrées',
  'detail.hashes': 'Empreintes SHA-256',
  'detail.verify': 'Vérifier',
  'detail.verifying': 'Vérification…',
  'detail.intact': 'Intacte : toutes les empreintes correspondent.',
  'detail.tampered': 'Altérée : {count} vérification(s) échouent.',
  'detail.cropReproduced':
    'La publication recadrée a exactement les pixels de la capture de la page, à l’endroit enregistré.',
  'detail.cropDiffers':
    'La publication recadrée ne correspond plus à la capture de la page à l’endroit enregistré.',
  'field.capturedAt': 'Capturée le (UTC)',
  'field.localTime': 'Heure locale',
  'field.timeSource': 'Source de l’heure',
  'field.timeSourceDevice': 'horloge de l’appareil',
  'field.url': 'Adresse de la page',
  'field.canonicalUrl': 'Adresse canonique',
  'field.title': 'Titre',
  'field.language': 'Langue de la page',
  'field.selection': 'Texte sélectionné',
  'field.link': 'Lien cliqué',
  'field.media': 'Image ou vidéo cliquée',
  'field.trigger': 'Déclenchement',
  'field.viewport': 'Fenêtre',
  'field.browser': 'Navigateur',
  'field.extension': 'Version de Témoin',
  'field.post': 'Publication',
  'hash.metadata': 'Métadonnées (JSON canonique)',
  'hash.page-screenshot': 'Capture de la page (PNG)',
  'hash.post-crop': 'Publication recadrée (PNG)',
  'hash.thumbnail': 'Vignette (JPEG)',
  'trigger.context-menu': 'menu contextuel',
  'trigger.shortcut': 'raccourci clavier',
  'trigger.popup': 'bouton de l’extension',
  'practice.title': 'Page d’entraînement Témoin',
} as const;

export type MessageKey = keyof typeof messagesFr;
