import type { TranslationOf } from './catalogue';
import type { viewerMessagesFr } from './viewer-messages-fr';

export const viewerMessagesEn: TranslationOf<typeof viewerMessagesFr> = {
  'viewer.percent': '{value}%',
  'viewer.zoomLevel': 'Zoom level',
  'viewer.actualSize': 'Actual size (100%)',
  'viewer.fitWidth': 'Fit to width',
  'viewer.size': '{width} × {height} px',
  'viewer.dragHint': 'Drag to move the enlarged picture.',
  'grid.keys': 'Arrow keys move from card to card; Home and End go to the first and the last.',
};
