/** The words of a capture's name, in French, the reference language. */
export const nameMessagesFr = {
  practice: 'Exercice',
  quote: '« {text} »',
  localFile: 'fichier local',
  capturedOn: 'Capturé le {time}',
} as const;
