import type { TranslationOf } from './catalogue';
import type { moderationMessagesFr } from './moderation-messages-fr';

export const moderationMessagesEn: TranslationOf<typeof moderationMessagesFr> = {
  menuSelect: 'Select posts…',
  menuAuthor: 'Everything this author wrote here',
  'trigger.selection': 'post selection',
  'trigger.all-tabs': 'all tabs',
  'moderation.popupTitle': 'Moderation',
  'moderation.popupHelp':
    'On this tab. The thread and the author start from the post in the middle of the screen.',
  'moderation.allTabs': 'Capture every tab of this window',
  'moderation.started': 'Asked: follow it in the tab’s page.',
  'moderation.failed': 'Not possible on this tab: {why}',
  'select.title': 'Post selection',
  'select.postLabel': 'Post by {author}: {text}',
  'select.unknownAuthor': 'unknown author',
  'select.countOne': '{count} post selected of {total}',
  'select.countOther': '{count} posts selected of {total}',
  'select.gone': 'a post is gone from the page',
  'select.sameAuthor': 'Everything this author wrote ({author})',
  'select.capture': 'Capture the selection',
  'select.cancel': 'Cancel',
  'select.none': 'No post recognised on this page.',
  'select.progress': 'Capture {index} of {total} (two a second at most)…',
  'select.caseName': '{title} — {time}',
  'select.doneTitle': 'Selection saved',
  'select.stoppedTitle': 'Selection partly saved',
  'select.summary': {
    one: '{count} capture of {total} is in the new case “{case}”.',
    other: '{count} captures of {total} are in the new case “{case}”.',
  },
  'select.cancelled': 'You cancelled: the captures already made are kept.',
  'select.failedSome': {
    one: '{count} post could not be captured: {why}',
    other: '{count} posts could not be captured: {why}',
  },
  'thread.noAuthor':
    'This post does not say who wrote it: Témoin cannot find its author’s other posts.',
  'author.filtered': 'Only the posts by {author} are kept; every screen too.',
  'tabs.title': 'All tabs',
  'tabs.caseName': 'Tabs — {time}',
  'tabs.progress': 'Tab {index} of {total}',
  'tabs.status.running': 'Running: one tab after another, shown while it is captured.',
  'tabs.status.paused': 'Paused.',
  'tabs.status.paused-by-tab':
    'Paused: you picked a tab of this window. Resume when you are ready.',
  'tabs.status.cancelled': 'Cancelled: the captures made are kept.',
  'tabs.status.done': 'Finished.',
  'tabs.status.interrupted':
    'Interrupted: the browser stopped Témoin. The captures made are kept; resume to finish.',
  'tabs.summary': {
    one: '{count} tab captured of {total}.',
    other: '{count} tabs captured of {total}.',
  },
  'tabs.skipped': 'Skipped: “{title}”. {why}',
  'tabs.failed': 'Failed: “{title}”. {why}',
  'tabs.ownPage': 'a Témoin page',
  'tabs.pause': 'Pause',
  'tabs.resume': 'Resume',
  'tabs.cancel': 'Cancel',
  'tabs.dismiss': 'Close',
  'tabs.noPermission': 'Without permission for these tabs’ sites, Témoin cannot capture them.',
} as const;
