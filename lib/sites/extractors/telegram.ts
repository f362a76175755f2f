import { hostIs, type PostExtractor } from '../extractor';
import { publicationTime } from '../relative-time';
import { matchOf, nearbyAuthors, textOf } from './read';

// Modelled on both Telegram Web clients' own sources (2024–2026): K (morethanwords/tweb, .bubble)
// and A (Ajaxy/telegram-tt, .Message). See tests/fixtures/sites/telegram.
const selectors = {
  message: '.bubble[data-mid]:not(.service), .message-list-item[data-message-id]',
  author:
    '.bubble-content > .name .peer-title, .content-inner > .message-title .message-title-name',
  authorId: '.bubble-content > .name[data-peer-id]',
  text: '.bubble-content > .message, .content-inner > .text-content',
  time: '.time-inner, .message-time',
  reply: '.bubble-content > .reply, .message-subheader .EmbeddedMessage',
  channel: '.chat.active .chat-info .user-title, .MiddleHeader .ChatInfo .fullName',
} as const;

// The time and the reactions sit inside the message's text block.
const NOT_TEXT = '.time, .MessageMeta, .reactions, .Reactions';

export const extractor: PostExtractor = {
  platform: 'telegram',
  label: 'Telegram Web',
  selectors,
  fixtureMatches: {
    'webk-group': { message: 5, author: 4, authorId: 4, text: 5, time: 5, reply: 1, channel: 1 },
    'weba-group': { message: 5, author: 4, authorId: 0, text: 5, time: 5, reply: 1, channel: 1 },
  },
  handles: (url) => hostIs(url, 'web.telegram.org'),
  container: (target) => target.closest(selectors.message),
  extract(message, { document, url, now }) {
    const postId =
      message.getAttribute('data-mid') ?? message.getAttribute('data-message-id') ?? undefined;
    const sender = senderOf(message);
    // Web K gives the instant in seconds; Web A only shows the time of day.
    const seconds = Number(message.getAttribute('data-timestamp'));
    return {
      kind: message.querySelector(selectors.reply) ? 'reply' : 'chat-message',
      postId,
      permalink: permalinkOf(url, postId),
      authorName: sender ? textOf(sender, selectors.author) : undefined,
      authorId:
        sender?.querySelector(selectors.authorId)?.getAttribute('data-peer-id') ?? undefined,
      text: textOf(message, selectors.text, NOT_TEXT),
      published: publicationTime(
        {
          datetime: seconds > 0 ? new Date(seconds * 1000).toISOString() : undefined,
          label: textOf(message, selectors.time),
        },
        now,
      ),
      channel: textOf(document, selectors.channel),
      surroundingAuthors: nearbyAuthors(
        Array.from(document.querySelectorAll(selectors.message)),
        message,
        (other) => {
          const otherSender = senderOf(other);
          return otherSender ? textOf(otherSender, selectors.author) : undefined;
        },
      ),
    };
  },
};

/** The message showing this one's sender: itself, or the first of its group of messages. */
function senderOf(message: Element): Element | undefined {
  let candidate: Element | null = message;
  while (candidate?.matches(selectors.message)) {
    if (candidate.querySelector(selectors.author)) return candidate;
    candidate = candidate.previousElementSibling;
  }
  return undefined;
}

/**
 * The t.me link to a message, from the chat the address names: "#@name" is a public chat;
 * "#-100<id>" (Web A) or "#-<id>" (Web K) a channel or supergroup, linked by id for its members.
 * Private chats and Web A's basic groups ("#-<id>") have no links.
 */
function permalinkOf(url: URL, postId: string | undefined): string | undefined {
  if (!postId) return undefined;
  const peer = matchOf(url.hash, /^#(@\w+|-\d+)/);
  if (peer?.startsWith('@')) return `https://t.me/${peer.slice(1)}/${postId}`;
  const internal = matchOf(peer, url.pathname.startsWith('/a/') ? /^-100(\d+)$/ : /^-(\d+)$/);
  return internal ? `https://t.me/c/${internal}/${postId}` : undefined;
}
