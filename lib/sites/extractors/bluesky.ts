import { hostIs, type PostExtractor } from '../extractor';
import { publicationTime } from '../relative-time';
import { visibleText } from '../visible-text';
import { writtenDate } from '../written-date';
import { absolute, matchOf, ownAll, ownTextOf } from './read';

// Modelled on bsky.app's react-native-web output (PostFeedItem, ThreadItemAnchor,
// ThreadItemPost, PostMeta) as public extensions read it (2024–2026): see
// tests/fixtures/sites/bluesky.
const selectors = {
  item: '[data-testid^="feedItem-by-"], [data-testid^="postThreadItem-by-"]',
  thread: '[data-testid="postThreadScreen"]',
  text: '[data-testid="postText"], [data-word-wrap="1"]',
  time: 'a[href*="/post/"][data-tooltip]',
  counts: 'a[href$="/liked-by"], a[href$="/reposted-by"]',
  profile: 'a[href^="/profile/"]',
  avatar: '[data-testid="userAvatarImage"]',
  media: 'img, video',
  embed: '[data-testid="contentHider-embed"]',
} as const;

/** A quoted post inside a post's embed: a link to the post, or its own test id. */
const QUOTED = '[data-testid="quotePost"], [data-testid="contentHider-embed"] a[href*="/post/"]';

const POST_PATH = /^\/profile\/([^/]+)\/post\/(\w+)/;
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const REPLY_LABEL = /^(Repl(y|ied) to|(En )?réponse à|A répondu à)\s/i;

export const extractor: PostExtractor = {
  platform: 'bluesky',
  label: 'Bluesky',
  selectors,
  fixtureMatches: {
    'home-feed': { item: 3, thread: 0, text: 3, time: 3, counts: 0, avatar: 3, media: 4 },
    'post-thread': { item: 3, thread: 1, text: 3, time: 2, counts: 2, avatar: 3, media: 3 },
    'quote-post': { item: 1, thread: 0, text: 1, time: 2, embed: 1, avatar: 2, media: 2 },
  },
  handles: (url) => hostIs(url, 'bsky.app'),
  container: (target) => target.closest(selectors.item),
  extract(item, { url, now }) {
    const handle = matchOf(item.getAttribute('data-testid') ?? '', /-by-(.+)$/);
    const { postId, permalink, timeLink } = identity(item, url);
    const author = authorOf(item, handle);
    const parent = threadParent(item, url);
    const parentIdentity = parent ? identity(parent, url) : undefined;
    const visibleLabel = timeLink?.textContent?.replace(/^[\s·]+/, '');
    // The anchor post shows its date only written out, in a line of its own.
    const writtenLabel = timeLink
      ? undefined
      : ownAll(item, '[dir="auto"]', selectors.embed)
          .filter((element) => !element.closest(selectors.text))
          .map((element) => element.textContent?.trim() ?? '')
          .find((text) => writtenDate(text, now) && text.length < 60);
    const written = timeLink?.getAttribute('data-tooltip') ?? timeLink?.getAttribute('aria-label');
    return {
      kind: parent || saysReply(item) ? 'reply' : 'post',
      postId,
      permalink,
      parentId: parentIdentity?.postId,
      parentPermalink: parentIdentity?.permalink,
      authorName: author.name,
      authorHandle: author.handle ?? (handle ? `@${handle}` : undefined),
      authorUrl: absolute(author.link ?? (handle ? `/profile/${handle}` : undefined), url),
      // The embed holds a quoted post's text and author, not this post's.
      text: ownTextOf(item, selectors.text, selectors.embed),
      // The tooltip names the minute, in the viewer's time zone; the page shows "5h".
      published:
        writtenDate(written ?? writtenLabel, now, visibleLabel ?? writtenLabel) ??
        publicationTime({ label: visibleLabel ?? writtenLabel }, now),
      mediaUrls: mediaOf(item, url),
    };
  },
};

/** The post's id and address, and the link that gives them (the anchor post has none). */
function identity(item: Element, url: URL) {
  const anchor = isAnchor(item);
  const timeLink = anchor ? undefined : ownAll(item, selectors.time, selectors.embed)[0];
  const path =
    timeLink?.getAttribute('href') ??
    ownAll(item, selectors.counts, selectors.embed)[0]?.getAttribute('href') ??
    (anchor ? url.pathname : undefined);
  const match = POST_PATH.exec(path ?? '');
  return {
    timeLink,
    postId: match?.[2],
    permalink: match ? absolute(`/profile/${match[1]}/post/${match[2]}`, url) : undefined,
  };
}

/** The focused post of a thread page: it alone links to its likes and reposts. */
function isAnchor(item: Element): boolean {
  return (
    item.matches('[data-testid^="postThreadItem-by-"]') &&
    (ownAll(item, selectors.counts, selectors.embed).length > 0 ||
      ownAll(item, selectors.time, selectors.embed).length === 0)
  );
}

/** Name and handle from the links to the author's profile, not a reposter's or a mention's. */
function authorOf(item: Element, handle: string | undefined) {
  const links = ownAll(item, selectors.profile, selectors.embed).filter(
    (link) =>
      !/\/post\//.test(link.getAttribute('href') ?? '') &&
      !link.closest(selectors.text) &&
      !link.querySelector(selectors.avatar),
  );
  const own = links.filter((link) => link.getAttribute('href') === `/profile/${handle}`);
  const header = own.length > 0 ? own : links.slice(0, 2);
  const lines = header
    .flatMap((link) => visibleText(link).split('\n'))
    .map((line) => line.replace(BIDI_MARKS, '').trim())
    .filter(Boolean);
  return {
    name: lines.find((line) => !line.startsWith('@')),
    handle: lines.find((line) => line.startsWith('@')),
    link: header[0]?.getAttribute('href') ?? undefined,
  };
}

/** A feed shows a reply under its parent, joined by a line from the top, or says so. */
function saysReply(item: Element): boolean {
  const connector = item.firstElementChild?.querySelector('[style*="width: 2px"]');
  const header = visibleText(item, `${selectors.text}, ${selectors.profile}`).split('\n');
  return Boolean(connector) || header.some((line) => REPLY_LABEL.test(line));
}

/**
 * The post a thread page shows this one answering: the one above it for the anchor's
 * ancestors and for a reply joined to the one above by a line; the anchor otherwise.
 */
function threadParent(item: Element, url: URL): Element | undefined {
  const items = Array.from(item.closest(selectors.thread)?.querySelectorAll(selectors.item) ?? []);
  const index = items.indexOf(item);
  const anchorIndex = items.findIndex(isAnchor);
  if (index <= 0 || anchorIndex < 0 || !POST_PATH.test(url.pathname)) return undefined;
  if (index <= anchorIndex) return items[index - 1];
  const connector = item.firstElementChild?.querySelector('[style*="width: 2px"]');
  return connector ? items[index - 1] : items[anchorIndex];
}

/** Images of the post, not avatars; the full-size picture rather than the feed's thumbnail. */
function mediaOf(item: Element, url: URL): string[] {
  const sources = ownAll(item, selectors.media, QUOTED)
    .filter((element) => !element.closest(selectors.avatar))
    .map((element) => element.getAttribute('src') ?? element.getAttribute('poster'))
    .map((source) => absolute(source?.replace('/img/feed_thumbnail/', '/img/feed_fullsize/'), url));
  return [...new Set(sources.filter((source): source is string => Boolean(source)))];
}
