/** The picture viewer's and the card grid's words, in French, the reference language. */
export const viewerMessagesFr = {
  'viewer.percent': '{value} %',
  'viewer.zoomLevel': 'Niveau de zoom',
  'viewer.actualSize': 'Taille réelle (100 %)',
  'viewer.fitWidth': 'Ajuster à la largeur',
  'viewer.size': '{width} × {height} px',
  'viewer.dragHint': 'Faites glisser pour déplacer l’image agrandie.',
  'grid.keys':
    'Flèches pour passer d’une carte à l’autre, Début et Fin pour la première et la dernière.',
} as const;
