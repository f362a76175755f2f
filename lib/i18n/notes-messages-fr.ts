/**
 * Notes and tags beside a capture. French typography: a non-breaking space before « : ; ? ! »
 * so the sign never starts a line.
 */
export const notesMessagesFr = {
  'notes.title': 'Notes et étiquettes',
  'notes.none': 'Aucune note.',
  'notes.new': 'Nouvelle note',
  'notes.help':
    'Une note ne peut plus être modifiée ni effacée : elle est inscrite dans le journal de la preuve. Pour corriger, ajoutez une nouvelle note. Ctrl+Entrée pour l’ajouter.',
  'notes.add': 'Ajouter la note',
  'notes.added': 'Note ajoutée au journal.',
  'tags.title': 'Étiquettes',
  'tags.none': 'Aucune étiquette.',
  'tags.new': 'Nouvelle étiquette (Entrée ou virgule)',
  'tags.add': 'Ajouter',
  'tags.remove': 'Retirer l’étiquette {tag}',
  'tags.saved': 'Étiquettes enregistrées.',
  'tags.tooLong': 'Une étiquette ne peut dépasser {max} caractères : « {tag} ».',
  'tags.tooMany': 'Une preuve ne peut porter plus de {max} étiquettes.',
} as const;
