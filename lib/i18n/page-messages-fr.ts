/**
 * The words of the pages' structure, in French, the reference language: skip links, the
 * library's folding filters and its empty states.
 */
export const pageMessagesFr = {
  'page.skipToContent': 'Aller au contenu',
  'library.skipToList': 'Aller à la liste des preuves',
  'library.listKeys':
    'Flèches haut et bas pour passer d’une preuve à l’autre, Début et Fin pour la première et la dernière.',
  'library.filters': 'Filtres',
  'library.filtersActive': {
    one: 'Filtres ({count} actif)',
    other: 'Filtres ({count} actifs)',
  },
  'library.noMatch': 'Aucune preuve ne correspond à cette recherche.',
  'library.clearFilters': 'Effacer les filtres',
  'library.trashEmpty':
    'La corbeille est vide. Les preuves mises à la corbeille y restent 30 jours avant d’être supprimées.',
} as const;
