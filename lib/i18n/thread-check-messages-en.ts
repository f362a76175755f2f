import type { TranslationOf } from './catalogue';
import type { threadCheckMessagesFr } from './thread-check-messages-fr';

export const threadCheckMessagesEn: TranslationOf<typeof threadCheckMessagesFr> = {
  'library.thread.verify': 'Verify',
  'library.thread.verifyLabel': 'Verify the thread {title}',
  'library.thread.verifying': 'Verifying the thread “{title}”…',
  'library.thread.intact': 'Thread “{title}” intact',
  'library.thread.intactDetail': {
    one: '{count} screen and its files match their sealed hashes; {crops} crops cut again pixel for pixel.',
    other:
      '{count} screens and their files match their sealed hashes; {crops} crops cut again pixel for pixel.',
  },
  'library.thread.tampered': {
    one: 'Thread “{title}”: {count} problem',
    other: 'Thread “{title}”: {count} problems',
  },
  'library.thread.verifyFailed': 'The thread “{title}” could not be verified: {reason}',
  'library.thread.subject.thread': 'The thread',
  'library.thread.subject.screen': 'Screen {number}',
  'library.thread.subject.stitched': 'Part {number} of the stitched picture',
  'library.thread.subject.post-crop': 'The crop of message {number}',
  'library.thread.problem.thread-not-sealed': '{subject} is not sealed.',
  'library.thread.problem.thread-seal-mismatch':
    '{subject}: its sealed record no longer matches its hash.',
  'library.thread.problem.screen-missing':
    '{subject} is missing, or is no longer the one the thread’s seal lists.',
  'library.thread.problem.screen-hash-mismatch':
    '{subject}: its bytes no longer match the sealed hash.',
  'library.thread.problem.screen-seal-mismatch':
    '{subject}: its description no longer matches its sealed hash.',
  'library.thread.problem.file-hash-mismatch': '{subject}: its bytes no longer match their hash.',
  'library.thread.problem.file-from-unknown-screen':
    '{subject} says it comes from a screen the thread does not have.',
  'library.thread.problem.stitched-part-missing':
    '{subject} is missing, or is no longer the one the thread’s seal lists.',
  'library.thread.problem.custody-broken':
    '{subject}: its custody log is broken; the deletions it records are not taken into account.',
  'library.thread.imagesDeleted': {
    one: "{count} image was deleted under the child sexual abuse rule, as the thread's log records; its hash stays in the seal.",
    other:
      "{count} images were deleted under the child sexual abuse rule, as the thread's log records; their hashes stay in the seal.",
  },
  'library.thread.problem.crop-missing': '{subject} is missing.',
  'library.thread.problem.crop-differs':
    '{subject} no longer has exactly the pixels of its screen at the recorded place.',
  'library.thread.problem.crop-unreadable': '{subject} cannot be read as a picture.',
  'library.import.confirmWithThreads': 'Import {captures} and {threads} into the library',
  'library.import.captureCount': {
    one: '{count} piece of evidence',
    other: '{count} pieces of evidence',
  },
  'library.import.threadCount': { one: '{count} thread', other: '{count} threads' },
  'library.importedThreads': {
    one: '{count} thread imported;',
    other: '{count} threads imported;',
  },
  'library.threadsAlreadyPresent': {
    one: '{count} was already there and was left untouched.',
    other: '{count} were already there and were left untouched.',
  },
  'library.importThreadConflicts': {
    one: '{count} thread has the same id as a thread in the library but not the same seal: it was not imported, nothing was replaced.',
    other:
      '{count} threads have the same id as threads in the library but not the same seal: they were not imported, nothing was replaced.',
  },
} as const;
