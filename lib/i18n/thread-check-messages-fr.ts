/** « Vérifier » on a thread of the library, and threads brought by an import, in French. */
export const threadCheckMessagesFr = {
  'library.thread.verify': 'Vérifier',
  'library.thread.verifyLabel': 'Vérifier le fil {title}',
  'library.thread.verifying': 'Vérification du fil « {title} »…',
  'library.thread.intact': 'Fil « {title} » intact',
  'library.thread.intactDetail': {
    one: '{count} écran et ses fichiers correspondent à leurs empreintes scellées ; {crops} découpes refaites pixel pour pixel.',
    other:
      '{count} écrans et leurs fichiers correspondent à leurs empreintes scellées ; {crops} découpes refaites pixel pour pixel.',
  },
  'library.thread.tampered': {
    one: 'Fil « {title} » : {count} problème',
    other: 'Fil « {title} » : {count} problèmes',
  },
  'library.thread.verifyFailed': 'Le fil « {title} » n’a pas pu être vérifié : {reason}',
  'library.thread.subject.thread': 'Le fil',
  'library.thread.subject.screen': 'L’écran {number}',
  'library.thread.subject.stitched': 'La partie {number} de l’image assemblée',
  'library.thread.subject.post-crop': 'La découpe du message {number}',
  'library.thread.problem.thread-not-sealed': '{subject} n’est pas scellé.',
  'library.thread.problem.thread-seal-mismatch':
    '{subject} : son enregistrement scellé ne correspond plus à son empreinte.',
  'library.thread.problem.screen-missing':
    '{subject} manque, ou n’est plus celui que le sceau du fil liste.',
  'library.thread.problem.screen-hash-mismatch':
    '{subject} : ses octets ne correspondent plus à l’empreinte scellée.',
  'library.thread.problem.screen-seal-mismatch':
    '{subject} : sa description ne correspond plus à son empreinte scellée.',
  'library.thread.problem.file-hash-mismatch':
    '{subject} : ses octets ne correspondent plus à leur empreinte.',
  'library.thread.problem.file-from-unknown-screen':
    '{subject} dit venir d’un écran que le fil n’a pas.',
  'library.thread.problem.stitched-part-missing':
    '{subject} manque, ou n’est plus celle que le sceau du fil liste.',
  'library.thread.problem.custody-broken':
    '{subject} : son journal de conservation est rompu ; les suppressions qu’il dit ne sont pas prises en compte.',
  'library.thread.imagesDeleted': {
    one: '{count} image a été supprimée au titre de la règle sur les abus sexuels sur mineurs, comme le journal du fil l’enregistre ; son empreinte reste dans le sceau.',
    other:
      '{count} images ont été supprimées au titre de la règle sur les abus sexuels sur mineurs, comme le journal du fil l’enregistre ; leurs empreintes restent dans le sceau.',
  },
  'library.thread.problem.crop-missing': '{subject} manque.',
  'library.thread.problem.crop-differs':
    '{subject} n’a plus exactement les pixels de son écran à l’endroit enregistré.',
  'library.thread.problem.crop-unreadable': '{subject} ne peut pas être lue comme une image.',
  'library.import.confirmWithThreads': 'Importer {captures} et {threads} dans la bibliothèque',
  'library.import.captureCount': { one: '{count} preuve', other: '{count} preuves' },
  'library.import.threadCount': { one: '{count} fil', other: '{count} fils' },
  'library.importedThreads': {
    one: '{count} fil importé ;',
    other: '{count} fils importés ;',
  },
  'library.threadsAlreadyPresent': {
    one: '{count} fil y était déjà et n’a pas été touché.',
    other: '{count} fils y étaient déjà et n’ont pas été touchés.',
  },
  'library.importThreadConflicts': {
    one: '{count} fil porte le même identifiant qu’un fil de la bibliothèque mais pas le même sceau : il n’a pas été importé, rien n’a été remplacé.',
    other:
      '{count} fils portent le même identifiant qu’un fil de la bibliothèque mais pas le même sceau : ils n’ont pas été importés, rien n’a été remplacé.',
  },
} as const;
