import type { TranslationOf } from './catalogue';
import type { authorPdfMessagesFr } from './author-pdf-messages-fr';

export const authorPdfMessagesEn: TranslationOf<typeof authorPdfMessagesFr> = {
  title: 'Report by author',
  subtitle: 'Everything each author wrote, captured with the Témoin extension',
  exportedAt: 'Exported on',
  authors: 'Authors',
  author: 'Author {index} of {count}: {author}',
  unknownAuthor: 'Unknown author',
  platform: 'Platform',
  captures: { one: '{count} capture', other: '{count} captures' },
  posts: { one: '{count} message', other: '{count} messages' },
  threads: { one: 'in {count} thread', other: 'in {count} threads' },
  cases: { one: '{count} case', other: '{count} cases' },
  counts: '{captures}, {posts} {threads}, {cases}',
  capture: 'Capture',
  post: 'Message of a thread',
  capturedAt: 'Captured on',
  published: 'Published',
  address: 'Address',
  text: 'Text',
  sealSha256: 'Sealed SHA-256',
  sealCapture: 'hash of the capture’s sealed metadata',
  sealThread: 'hash of the sealed thread, which lists this message',
  screenSha256: 'Screen SHA-256',
  crop: 'The message, cut from its screen (recorded area)',
  picture: 'The captured post',
  verify:
    'Every hash can be checked in the ZIP export of this evidence (sha256sum -c SHA256SUMS); this report is only a reading of it.',
  footer: 'Report by author of {date} · page {page} of {count}',
} as const;
