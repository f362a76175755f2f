import type { TranslationOf } from './catalogue';
import type { libraryThreadMessagesFr } from './library-thread-messages-fr';

export const libraryThreadMessagesEn: TranslationOf<typeof libraryThreadMessagesFr> = {
  'library.thread.posts': {
    one: '{count} message',
    other: '{count} messages',
  },
  'library.thread.matched': {
    one: '{count} of {total} messages matches',
    other: '{count} of {total} messages match',
  },
  'library.thread.status.running': 'running',
  'library.thread.status.complete': 'complete',
  'library.thread.status.cancelled': 'cancelled',
  'library.thread.status.interrupted': 'interrupted',
  'library.thread.label': '{platform} thread: {title}',
  'library.thread.select': 'Select the thread {title}, {time}',
  'library.thread.notSealed': 'Thread still running: it can be filed once it ends.',
  'library.post.crop': 'The message, cut from its screen',
  'library.post.noCrop': 'No crop: the message was not whole on any screen.',
  'library.post.permalink': 'Message link',
  'library.post.unknownAuthor': 'Unknown author',
  'library.author.everything': 'Everything this author wrote',
  'library.author.everythingOf': 'Everything {author} wrote',
  'library.dossier.title': 'Dossier of {author} ({platform})',
  'library.dossier.items': { one: '{count} item', other: '{count} items' },
  'library.dossier.captures': { one: '{count} capture', other: '{count} captures' },
  'library.dossier.threads': { one: 'in {count} thread', other: 'in {count} threads' },
  'library.dossier.cases': { one: '{count} case', other: '{count} cases' },
  'library.dossier.counts': '{items}: {captures}, {posts} {threads}, {cases}.',
  'library.dossier.close': 'Close the author’s dossier',
  'library.dossier.csv': 'Report by author (CSV)',
  'library.dossier.pdf': 'Report by author (PDF)',
} as const;
