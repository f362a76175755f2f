/** The library's words, in French, the reference language. */
export const libraryMessagesFr = {
  'library.title': 'Bibliothèque de preuves',
  'library.open': 'Ouvrir la bibliothèque',
  'library.loading': 'Chargement…',
  'library.count': {
    one: '{count} preuve affichée sur {total}',
    other: '{count} preuves affichées sur {total}',
  },
  'library.empty':
    'Aucune preuve pour l’instant. Faites un clic droit sur une publication et choisissez « Capturer comme preuve ».',
  'library.results': 'Preuves',
  'library.detail': 'Preuve ouverte',
  'library.pick': 'Choisissez une preuve pour la voir.',
  'library.bulk': 'Actions sur la sélection',
  'library.selectAll': 'Tout sélectionner',
  'library.selected': {
    one: '{count} sélectionnée',
    other: '{count} sélectionnées',
  },
  'library.selectOne': 'Sélectionner {name}, {time}',
  'library.search': 'Rechercher',
  'library.author': 'Auteur',
  'library.platform': 'Plateforme',
  'library.category': 'Catégorie',
  'library.status': 'État',
  'library.status.captured': 'Capturée, pas signalée',
  'library.status.reported': 'Signalée',
  'library.from': 'Du',
  'library.to': 'Au',
  'library.any': 'Toutes',
  'library.trash': 'Corbeille',
  'library.exportZip': 'Exporter (ZIP vérifiable)',
  'library.exportCsv': 'Exporter en CSV',
  'library.exportJson': 'Exporter en JSON',
  'library.report': 'Signaler…',
  'library.moveToTrash': 'Mettre à la corbeille',
  'library.restore': 'Restaurer',
  'library.trashed': {
    one: '{count} preuve mise à la corbeille. Elle reste restaurable pendant 30 jours.',
    other: '{count} preuves mises à la corbeille. Elles restent restaurables pendant 30 jours.',
  },
  'library.restored': {
    one: '{count} preuve restaurée.',
    other: '{count} preuves restaurées.',
  },
  'library.undo': 'Annuler',
  'library.cancel': 'Annuler',
  'library.exportStarting': 'Préparation de l’export…',
  'library.exportCaptures': {
    one: '{done} / {count} preuve · {phase}',
    other: '{done} / {count} preuves · {phase}',
  },
  'library.exportFiles': {
    one: '{done} / {count} fichier · {phase}',
    other: '{done} / {count} fichiers · {phase}',
  },
  'library.exportPhase.reading': 'lecture',
  'library.exportPhase.report': 'rapport PDF',
  'library.exportPhase.archive': 'archive ZIP',
  'library.exportSaving': 'Enregistrement du fichier par le navigateur…',
  'library.exported': 'Export prêt : {file}.',
  'library.exportCancelled': 'Export annulé : aucun fichier n’a été enregistré.',
  'library.exportFailed': 'L’export n’a pas abouti : aucun fichier n’a été enregistré.',
  'library.exportLoggedCancelled':
    'Le journal de chaque preuve note l’export, puis son annulation.',
  'library.exportLoggedFailed': 'Le journal de chaque preuve note l’export, puis son échec.',
  'library.exportEndNotLogged':
    'Le journal des preuves note l’export mais n’a pas pu noter qu’il s’est arrêté.',
  'library.import': 'Vérifier un export (.zip)…',
  'library.verifying': 'Vérification de {file}…',
  'library.verifyingStep': {
    one: 'Vérification de {file} · {done} / {count} fichier lu',
    other: 'Vérification de {file} · {done} / {count} fichiers lus',
  },
  'library.verifyCancelled': 'Vérification de {file} annulée. Rien n’a été écrit.',
  'library.verifyFailed':
    'La vérification de {file} n’a pas pu aller au bout : le fichier n’a pas pu être lu. Rien n’a été écrit.',
  'library.verifiedOk': {
    one: '{file} est intact : {count} preuve, toutes les empreintes et tous les journaux concordent.',
    other:
      '{file} est intact : {count} preuves, toutes les empreintes et tous les journaux concordent.',
  },
  'library.verifiedBad': '{file} ne passe pas la vérification :',
  'library.noImages': 'sans images',
  'library.error': 'Une erreur est survenue : {message}. Rien n’a été perdu.',
  'library.importing': 'Import de {file}…',
  'library.importPreparing': {
    one: 'Import de {file} · {done} / {count} preuve préparée',
    other: 'Import de {file} · {done} / {count} preuves préparées',
  },
  'library.importWriting':
    'Import de {file} · écriture dans la bibliothèque, en une seule fois (tout ou rien)…',
  'library.importCancelled': 'Import annulé avant l’écriture : rien n’a été importé.',
  'library.importFinishedFirst': 'L’import était déjà terminé quand vous avez annulé :',
  'library.importUnexpected':
    'Une erreur inattendue l’a arrêté ; la bibliothèque est restée telle qu’elle était.',
  'library.importedCase': 'Dossier importé',
  'library.imported': {
    one: '{count} preuve importée dans la bibliothèque ;',
    other: '{count} preuves importées dans la bibliothèque ;',
  },
  'library.alreadyPresent': {
    one: '{count} y était déjà et n’a pas été touchée.',
    other: '{count} y étaient déjà et n’ont pas été touchées.',
  },
  'library.importConflicts': {
    one: '{count} preuve porte le même identifiant qu’une preuve de la bibliothèque mais pas le même sceau : elle n’a pas été importée, rien n’a été remplacé.',
    other:
      '{count} preuves portent le même identifiant qu’une preuve de la bibliothèque mais pas le même sceau : elles n’ont pas été importées, rien n’a été remplacé.',
  },
  'library.importFailed': 'Rien n’a été importé.',
  'library.import.confirm': {
    one: 'Importer {count} preuve dans la bibliothèque',
    other: 'Importer {count} preuves dans la bibliothèque',
  },
  'library.storageFull':
    'L’espace de stockage est plein. Rien n’a été perdu : exportez puis videz la corbeille.',
  'library.case': 'Dossier',
  'library.newCase': 'Nouveau dossier…',
  'library.caseName': 'Nom du dossier',
  'library.addToCase': 'Ajouter au dossier',
  'library.addedToCase': {
    one: '{count} preuve ajoutée au dossier « {name} ».',
    other: '{count} preuves ajoutées au dossier « {name} ».',
  },
  'library.emptyTrash': 'Vider la corbeille',
  'library.emptyTrashConfirm': {
    one: 'Supprimer définitivement {count} preuve de la corbeille ? Ses images et informations seront effacées ; seuls son journal et ses empreintes resteront.',
    other:
      'Supprimer définitivement {count} preuves de la corbeille ? Leurs images et informations seront effacées ; seuls leurs journaux et empreintes resteront.',
  },
  'library.emptied': {
    one: '{count} preuve supprimée définitivement. Son journal et ses empreintes restent.',
    other: '{count} preuves supprimées définitivement. Leurs journaux et empreintes restent.',
  },
} as const;
