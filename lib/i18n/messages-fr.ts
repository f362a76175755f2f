import { libraryMessagesFr } from './library-messages-fr';
import { confirmationMessagesFr } from './confirmation-messages-fr';
import { notesMessagesFr } from './notes-messages-fr';
import { pageMessagesFr } from './page-messages-fr';
import { sealMessagesFr } from './seal-messages-fr';
import { practiceMessagesFr } from './practice-messages-fr';
import { practiceToolsMessagesFr } from './practice-tools-messages-fr';
import { reportMessagesFr } from './report-messages-fr';
import { viewerMessagesFr } from './viewer-messages-fr';
import { threadMessagesFr } from './thread-messages-fr';
import { moderationMessagesFr } from './moderation-messages-fr';
import { revealMessagesFr } from './reveal-messages-fr';
import { libraryThreadMessagesFr } from './library-thread-messages-fr';
import { threadCheckMessagesFr } from './thread-check-messages-fr';
import { welcomeMessagesFr } from './welcome-messages-fr';

/** French, the reference language: every key exists here first. */
export const messagesFr = {
  ...reportMessagesFr,
  ...libraryMessagesFr,
  ...notesMessagesFr,
  ...confirmationMessagesFr,
  ...pageMessagesFr,
  ...sealMessagesFr,
  ...practiceMessagesFr,
  ...practiceToolsMessagesFr,
  ...viewerMessagesFr,
  ...welcomeMessagesFr,
  ...threadMessagesFr,
  ...moderationMessagesFr,
  ...revealMessagesFr,
  ...libraryThreadMessagesFr,
  ...threadCheckMessagesFr,
  menuCapture: 'Capturer comme preuve',
  savedTitle: 'Preuve enregistrée',
  savedDetail: '{name}. {captured}. Empreinte SHA-256 calculée.',
  savedDetailNoCrop: '{name}. {captured}. Page entière seulement : {why}',
  failedTitle: 'Capture impossible',
  close: 'Fermer',
  'notice.dismiss': 'Fermer ce message',
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
  'failure.interrupted':
    'Le navigateur a arrêté Témoin avant que des captures demandées soient prises. Rien n’a été enregistré pour elles : revenez aux publications et recommencez.',
  'failure.unknown': "La capture a échoué. Rien n'a été enregistré. Réessayez.",
  'crop.no-post-found': 'aucune publication reconnue sous le clic.',
  'crop.post-out-of-view': 'la publication était hors de l’écran.',
  'crop.site-not-enabled': 'le recadrage n’est pas activé pour ce site.',
  'crop.inside-frame':
    'la publication est dans un cadre intégré que Témoin n’a pas pu situer dans la page.',
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
  'detail.report': 'Signaler…',
  'list.reported': 'Signalée',
  'detail.verifying': 'Vérification…',
  'detail.intact': 'Intacte : toutes les empreintes correspondent.',
  'detail.tampered': {
    one: 'Altérée : {count} vérification échoue.',
    other: 'Altérée : {count} vérifications échouent.',
  },
  'detail.cropReproduced':
    'La publication recadrée a exactement les pixels de la capture de la page, à l’endroit enregistré.',
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
  'hash.custody': 'Journal de conservation',
  'hash.annotation': 'Catégorie, notes, étiquettes et signalements',
  'trigger.context-menu': 'menu contextuel',
  'trigger.shortcut': 'raccourci clavier',
  'trigger.popup': 'bouton de l’extension',
  'post.title': 'La publication',
  'post.platform': 'Plateforme',
  'post.kind': 'Nature',
  'post.kind.post': 'publication',
  'post.kind.comment': 'commentaire',
  'post.kind.reply': 'réponse',
  'post.kind.chat-message': 'message de discussion en direct',
  'post.author': 'Auteur',
  'post.authorId': 'Identifiant de l’auteur',
  'post.permalink': 'Adresse de la publication',
  'post.postId': 'Identifiant de la publication',
  'post.published': 'Publiée',
  'post.publishedBetween': 'entre le {earliest} et le {latest} (affiché « {label} »)',
  'post.publishedUnknown': 'date inconnue',
  'post.shown': 'affiché « {label} »',
  'post.text': 'Texte affiché',
  'post.media': 'Médias',
  'post.parent': 'En réponse à',
  'post.openParent': 'Ouvrir la capture de la publication parente',
  'post.channel': 'Chaîne',
  'post.surrounding': 'Auteurs des messages voisins',
  'post.missing': 'Non trouvés sur la page : {fields}',
  'post.readBy': 'Lu par',
  'post.readByGeneric': 'lecteur générique (plateforme non reconnue ou balisage changé)',
  'settings.title': 'Réglages de Témoin',
  'settings.lastName': 'Nom',
  'settings.firstName': 'Prénom',
  'settings.email': 'Adresse électronique',
  'settings.identityHelp':
    'Facultatif. PHAROS accepte les signalements anonymes. Si vous cochez la case, Témoin met ces informations dans les formulaires qu’il remplit et dans les notifications aux plateformes ; elles restent sur cet appareil.',
  'settings.useInForms': 'Les utiliser dans les formulaires et notifications',
  'settings.save': 'Enregistrer',
  'settings.saved': 'Enregistré.',
  'settings.invalidEmail': 'Cette adresse électronique n’est pas valide. Rien n’a été enregistré.',
  'settings.storage': 'Stockage',
  'settings.storageUse': {
    one: '{count} preuve, {used} utilisés, {available} encore disponibles.',
    other: '{count} preuves, {used} utilisés, {available} encore disponibles.',
  },
  'settings.wipe': 'Tout effacer…',
  'settings.wipeWarning':
    'Toutes les preuves, leurs images, leurs journaux, les dossiers et vos réglages seront effacés de cet appareil. Exportez d’abord ce que vous voulez garder.',
  'settings.wipeWord': 'effacer',
  'settings.wipeType': 'Pour confirmer, tapez « {word} » :',
  'settings.wipeConfirm': 'Tout effacer définitivement',
  'crop.turned-off': 'le découpage des publications est désactivé dans les réglages.',
  'settings.language': 'Langue',
  'settings.languageHelp':
    'La langue de Témoin. Les exports et rapports sont écrits dans cette langue ; la description pour PHAROS reste en français.',
  'settings.language.auto': 'Celle du navigateur',
  'settings.language.fr': 'Français',
  'settings.language.en': 'English',
  'settings.capture': 'Que capturer',
  'settings.captureHelp':
    'La capture d’écran de la page est toujours prise et scellée : c’est la preuve. Ces choix s’appliquent aux prochaines captures.',
  'settings.capture.postDetails':
    'Les informations de la publication (auteur, texte, heure, adresse), lues sur la page',
  'settings.capture.postCrop': 'Une image de la publication seule, découpée de la capture d’écran',
  'settings.preferencesSaved': 'Réglages enregistrés.',
  'stats.empty': 'Aucune capture à compter avec ces filtres.',
  'stats.total': {
    one: '{count} capture, hors corbeille, avec les filtres choisis.',
    other: '{count} captures, hors corbeille, avec les filtres choisis.',
  },
  'stats.byCategory': 'Par catégorie',
  'stats.byPlatform': 'Par plateforme',
  'stats.byChannel': 'Par service où elles ont été signalées',
  'stats.byMonth': 'Par mois de capture',
  'stats.noCategory': 'Sans catégorie',
  'stats.notReported': 'Pas encore signalées',
  'stats.item': '{name} : {count}',
  'stats.what': 'Quoi',
  'stats.count': 'Nombre',
  'library.view': 'Affichage',
  'library.view.list': 'Liste',
  'library.view.grid': 'Grille',
  'library.view.stats': 'Statistiques',
  'viewer.open': 'Agrandir : {label}',
  'viewer.tools': 'Zoom',
  'viewer.zoomIn': 'Zoom avant',
  'viewer.zoomOut': 'Zoom arrière',
  'viewer.fit': 'Ajuster',
  'viewer.keys': 'Image : + et − pour zoomer, 0 pour ajuster, flèches pour se déplacer',
  'settings.wiped': 'Tout a été effacé.',
} as const;

export type MessageKey = keyof typeof messagesFr;
