import type { TranslationOf } from './catalogue';
import type { threadMessagesFr } from './thread-messages-fr';

export const threadMessagesEn: TranslationOf<typeof threadMessagesFr> = {
  'settings.moderation': 'Moderation',
  'settings.moderation.enabled':
    'Moderation tools: capture a whole thread, a selection, an author, every tab',
  'settings.moderation.help':
    'For people who moderate a chat, a server or a forum: Témoin goes through the whole thread of the clicked message, screen by screen, and keeps every screen and every message with its fingerprint.',
  'settings.moderation.screenLimit': 'Most screens per thread',
  'settings.moderation.badLimit': 'Choose a whole number from 1 to {max}.',
  menuThread: 'Capture the whole thread',
  'thread.title': 'Thread capture',
  'thread.progress': {
    one: 'Screen {screen} of at most {limit} · {count} message found',
    other: 'Screen {screen} of at most {limit} · {count} messages found',
  },
  'thread.pause': 'Pause',
  'thread.resume': 'Resume',
  'thread.cancel': 'Cancel',
  'thread.paused': 'Paused. Nothing is captured until you resume.',
  'thread.userScrolled': 'You scrolled the page: the capture is paused. Resume when you are ready.',
  'thread.doneTitle': 'Thread saved',
  'thread.stoppedTitle': 'Thread partly saved',
  'thread.summary': {
    one: '{count} message captured on {screens} screens, each with its SHA-256 fingerprint.',
    other: '{count} messages captured on {screens} screens, each with its SHA-256 fingerprint.',
  },
  'thread.captured': { one: '{count} message captured', other: '{count} messages captured' },
  'thread.announced': {
    one: 'out of {count} announced, in {screens} screens, each with its SHA-256 fingerprint.',
    other: 'out of {count} announced, in {screens} screens, each with its SHA-256 fingerprint.',
  },
  'thread.end.end-of-thread': 'The thread was gone through to its end.',
  'thread.end.cancelled': 'You cancelled: what was captured is kept.',
  'thread.end.screen-limit':
    'The screen limit was reached (see the settings): the rest of the thread is not captured.',
  'thread.end.tab-closed': 'The tab was closed: what was captured is kept.',
  'thread.end.tab-hidden': 'You switched tabs: the capture stopped, what was captured is kept.',
  'thread.end.page-navigated': 'The page went to another address: what was captured is kept.',
  'thread.end.worker-stopped':
    'The browser stopped Témoin during the capture: what was captured is kept.',
  'thread.resumedNotice': 'Resumed after the browser stopped Témoin.',
  'thread.resumedDetail':
    'The browser stopped Témoin during the capture: it resumed by itself at screen {screen}.',
  'thread.end.storage-failed':
    'A screen could not be stored (disk full?): what was captured before is kept.',
  'thread.end.screenshot-failed':
    'The browser refused a screenshot: what was captured before is kept.',
  'thread.noPost': 'No message recognised under the click: right-click a message of the thread.',
} as const;
