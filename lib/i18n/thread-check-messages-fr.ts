/** « Vérifier » on a thread of the library, in French. */
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
  'library.thread.problem.crop-missing': '{subject} manque.',
  'library.thread.problem.crop-differs':
    '{subject} n’a plus exactement les pixels de son écran à l’endroit enregistré.',
  'library.thread.problem.crop-unreadable': '{subject} ne peut pas être lue comme une image.',
} as const;
