import type { TranslationOf } from './catalogue';
import type { notesMessagesFr } from './notes-messages-fr';

export const notesMessagesEn: TranslationOf<typeof notesMessagesFr> = {
  'notes.title': 'Notes and tags',
  'notes.none': 'No notes.',
  'notes.new': 'New note',
  'notes.help':
    'A note cannot be edited or deleted later: it is written in the evidence’s log. To correct one, add a new note. Ctrl+Enter adds it.',
  'notes.add': 'Add note',
  'notes.added': 'Note added to the log.',
  'tags.title': 'Tags',
  'tags.none': 'No tags.',
  'tags.new': 'New tag (Enter or comma)',
  'tags.add': 'Add',
  'tags.remove': 'Remove tag {tag}',
  'tags.saved': 'Tags saved.',
  'tags.tooLong': 'A tag cannot be longer than {max} characters: “{tag}”.',
  'tags.tooMany': 'A capture cannot have more than {max} tags.',
};
