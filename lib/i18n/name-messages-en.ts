import type { TranslationOf } from './catalogue';
import type { nameMessagesFr } from './name-messages-fr';

/** The words of a capture's name, in English. */
export const nameMessagesEn: TranslationOf<typeof nameMessagesFr> = {
  practice: 'Practice',
  quote: '“{text}”',
  localFile: 'local file',
  capturedOn: 'Captured on {time}',
};
