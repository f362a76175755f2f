import type { TranslationOf } from './catalogue';
import type { pageMessagesFr } from './page-messages-fr';

export const pageMessagesEn: TranslationOf<typeof pageMessagesFr> = {
  'page.skipToContent': 'Skip to content',
  'library.skipToList': 'Skip to the list of captures',
  'library.listKeys':
    'Up and down arrows move from capture to capture; Home and End go to the first and the last.',
  'library.filters': 'Filters',
  'library.filtersActive': {
    one: 'Filters ({count} on)',
    other: 'Filters ({count} on)',
  },
  'library.noMatch': 'No capture matches this search.',
  'library.clearFilters': 'Clear the filters',
  'library.trashEmpty':
    'The trash is empty. Captures moved to the trash stay there for 30 days before they are deleted.',
};
