import { hostIs, type PostExtractor } from '../extractor';
import { publicationTime } from '../relative-time';
import { visibleText } from '../visible-text';
import { attributeOf, matchOf, mediaOf, nearbyAuthors, textOf } from './read';

// Modelled on Discord's web app as public scrapers read it (2024–2026): its class names carry a
// build hash ("username_c19a55"), so they are matched by prefix. See tests/fixtures/sites/discord.
const selectors = {
  message: 'li[id^="chat-messages-"]',
  article: '[role="article"][aria-labelledby]',
  username: '[id^="message-username-"]',
  name: '[id^="message-username-"] [class*="username_"]',
  avatar: 'img[class*="avatar_"]',
  text: '[id^="message-content-"]:not([class*="repliedTextContent_"])',
  time: 'time[id^="message-timestamp-"][datetime]',
  replyContext: '[id^="message-reply-context-"]',
  repliedText: '[id^="message-reply-context-"] [id^="message-content-"]',
  media: '[id^="message-accessories-"] img[src], [id^="message-accessories-"] video[src]',
  channelTitle: 'section[class*="title_"] h1',
  directHandle: '[data-list-id="chat-messages"] [class*="userName_"]',
} as const;

// Screen readers get "[" and "]" around a follow-up's time; the page shows neither.
const HIDDEN_VISUALLY = '[class*="hiddenVisually_"]';

export const extractor: PostExtractor = {
  platform: 'discord',
  label: 'Discord',
  selectors,
  fixtureMatches: {
    'guild-channel': {
      message: 6,
      article: 6,
      username: 5,
      name: 5,
      text: 6,
      time: 6,
      replyContext: 1,
      repliedText: 1,
      channelTitle: 1,
      directHandle: 0,
    },
    'direct-message': { message: 5, article: 5, username: 3, text: 5, time: 5, directHandle: 1 },
  },
  handles: (url) => hostIs(url, 'discord.com') && url.pathname.startsWith('/channels/'),
  container: (target) => target.closest(selectors.message),
  extract(item, { document, url, now }) {
    const [, channelId, messageId] = /^chat-messages-(\d+)-(\d+)$/.exec(item.id) ?? [];
    const guild = matchOf(url.pathname, /^\/channels\/(@me|\d+)/);
    const link = (id: string | undefined) =>
      guild && channelId && id ? `${url.origin}/channels/${guild}/${channelId}/${id}` : undefined;
    const header = headerOf(item, document);
    const authorName = header ? textOf(header, selectors.name) : undefined;
    const parentId = matchOf(attributeOf(item, selectors.repliedText, 'id'), /(\d+)$/);
    const time = item.querySelector(selectors.time);
    const direct = guild === '@me';
    return {
      kind: item.querySelector(selectors.replyContext) ? 'reply' : 'chat-message',
      postId: messageId,
      permalink: link(messageId),
      authorName,
      authorHandle: direct ? directHandle(document, authorName) : undefined,
      // Avatars are served from /avatars/<user id>/: the one name that never changes.
      authorId: matchOf(
        header ? attributeOf(header, selectors.avatar, 'src') : undefined,
        /\/avatars\/(\d+)\//,
      ),
      text: textOf(item, selectors.text),
      published: publicationTime(
        {
          datetime: time?.getAttribute('datetime'),
          label: time ? visibleText(time, HIDDEN_VISUALLY) : undefined,
        },
        now,
      ),
      mediaUrls: mediaOf(item, selectors.media, url),
      parentId,
      parentPermalink: link(parentId),
      // A direct conversation's header names the other person, not a channel.
      channel: direct ? undefined : textOf(document, selectors.channelTitle),
      surroundingAuthors: nearbyAuthors(
        Array.from(document.querySelectorAll(selectors.message)),
        item,
        (other) => {
          const otherHeader = headerOf(other, document);
          return otherHeader ? textOf(otherHeader, selectors.name) : undefined;
        },
      ),
    };
  },
};

/**
 * The message that shows the author of this one: itself, or for a follow-up without a header,
 * the first of its group, which its article names in aria-labelledby or which comes before it.
 */
function headerOf(item: Element, document: Document): Element | undefined {
  if (item.querySelector(selectors.username)) return item;
  const labelledBy = item.querySelector(selectors.article)?.getAttribute('aria-labelledby');
  const usernameId = labelledBy?.split(/\s+/).find((id) => id.startsWith('message-username-'));
  const named = usernameId ? document.getElementById(usernameId)?.closest(selectors.message) : null;
  if (named) return named;
  let previous = item.previousElementSibling;
  while (previous && !previous.querySelector(selectors.username)) {
    previous = previous.previousElementSibling;
  }
  return previous ?? undefined;
}

/** The handle the start of a direct conversation shows, if it is this author's. */
function directHandle(document: Document, authorName: string | undefined): string | undefined {
  const handle = document.querySelector(selectors.directHandle);
  const name = handle?.parentElement?.querySelector('h3');
  if (!handle || !name || !authorName || visibleText(name) !== authorName) return undefined;
  return visibleText(handle) || undefined;
}
