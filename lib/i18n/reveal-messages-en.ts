import type { TranslationOf } from './catalogue';
import type { revealMessagesFr } from './reveal-messages-fr';

/** "Reveal everything before capturing": its settings and the overlay's words while it clicks. */
export const revealMessagesEn: TranslationOf<typeof revealMessagesFr> = {
  'reveal.progress': 'Opening hidden replies and “more replies”…',
  'settings.reveal.title': 'Reveal everything before capturing',
  'settings.reveal.help':
    'Before going through a thread (or an author’s posts), Témoin itself clicks the page’s own buttons that open hidden replies, “more replies” and “All comments”. It never clicks a link that leaves the page, nor Report, Block, Like, Follow or a captcha. Each click is written in the thread’s log, with its name and time. Off everywhere unless you choose.',
  'settings.reveal.platform': 'On {platform}',
};
