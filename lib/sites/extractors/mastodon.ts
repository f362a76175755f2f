import type { PostExtractor } from '../extractor';
import { publicationTime } from '../relative-time';
import { absolute, addressesOf, matchOf, ownAll, ownTextOf, textOf } from './read';

// Modelled on Mastodon 4.x's web app (status.jsx, detailed_status.tsx, display_name) and on
// public extractors reading it (2024–2026): see tests/fixtures/sites/mastodon.
const selectors = {
  app: '#mastodon[data-props], .status__wrapper, .detailed-status__wrapper',
  status: '.status',
  focused: '.detailed-status',
  wrapper: '.status__wrapper',
  boostedBy: '.status__prepend',
  permalink: 'a.status__relative-time[href], a.detailed-status__datetime[href]',
  time: '.status__relative-time time[datetime]',
  author: '.status__info .status__display-name, .detailed-status__display-name',
  name: '.display-name__html',
  account: '.display-name__account',
  text: '.status__content__text',
  warning: '.content-warning, .spoiler-text',
  media: 'a.media-gallery__item-thumbnail[href], .video-player video, .audio-player audio',
} as const;

const ITEM = `${selectors.focused}, ${selectors.status}`;
/** Instances are found by their markup or by what the page calls its software. */
const SOFTWARE_NAMES = 'meta[name="application-name"], meta[property="og:site_name"]';
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const extractor: PostExtractor = {
  platform: 'mastodon',
  label: 'Mastodon',
  selectors,
  fixtureMatches: {
    'home-timeline': { status: 3, focused: 0, boostedBy: 1, permalink: 3, time: 3, author: 3 },
    'status-thread': { status: 3, focused: 1, permalink: 4, time: 3, author: 4, text: 4, media: 0 },
    'quoted-status': { status: 2, focused: 0, permalink: 2, time: 2, author: 2, text: 2, media: 1 },
  },
  handles: (_url, document) =>
    document.querySelector(selectors.app) !== null ||
    /^mastodon$/i.test(document.querySelector(SOFTWARE_NAMES)?.getAttribute('content') ?? ''),
  container(target) {
    const status =
      target.closest(ITEM) ??
      target.closest('.detailed-status__wrapper, .status__wrapper')?.querySelector(ITEM);
    const wrapper = status?.parentElement;
    // A boost's crop keeps the line naming who boosted it.
    const boosted = Array.from(wrapper?.children ?? []).some((child) =>
      child.matches(selectors.boostedBy),
    );
    return boosted && wrapper?.matches(selectors.wrapper) ? wrapper : (status ?? null);
  },
  extract(container, { url, now }) {
    const status = container.matches(ITEM)
      ? container
      : (container.querySelector(ITEM) ?? container);
    // A status quoting another holds it whole: every field is read from its own elements.
    const author = ownAll(status, selectors.author, ITEM)[0];
    const time = ownAll(status, selectors.time, ITEM)[0];
    const dateLabel = ownTextOf(status, selectors.permalink, ITEM);
    const parent = threadParent(status);
    const parentIdentity = parent ? identity(parent, url) : undefined;
    const replyMarked = /status(__wrapper)?-reply/.test(
      `${status.getAttribute('class')} ${container.getAttribute('class')}`,
    );
    return {
      kind: parent || replyMarked ? 'reply' : 'post',
      ...identity(status, url),
      parentId: parentIdentity?.postId,
      parentPermalink: parentIdentity?.permalink,
      title: ownTextOf(status, selectors.warning, ITEM),
      authorName: author ? textOf(author, selectors.name) : undefined,
      authorHandle: handleOf(
        (author && textOf(author, selectors.account)) ??
          author?.getAttribute('title') ??
          matchOf(author?.getAttribute('href') ?? undefined, /\/(@[^/?#]+)\/?$/),
        url.hostname,
      ),
      authorUrl: absolute(author?.getAttribute('href'), url),
      authorId: author?.getAttribute('data-hover-card-account') || undefined,
      // Links keep their scheme and long tails in span.invisible, which the page never shows.
      text: ownTextOf(status, selectors.text, ITEM, '.invisible'),
      // The focused status shows only a date written out in the viewer's time zone.
      published: time
        ? publicationTime({ datetime: time.getAttribute('datetime'), label: time.textContent }, now)
        : publicationTime({ label: dateLabel }, now),
      mediaUrls: addressesOf(ownAll(status, selectors.media, ITEM), url),
    };
  },
};

function identity(status: Element, url: URL): { postId?: string; permalink?: string } {
  const focusedOnPage = status.matches(selectors.focused) && /^\/@[^/]+\/\d+/.test(url.pathname);
  const permalink =
    absolute(ownAll(status, selectors.permalink, ITEM)[0]?.getAttribute('href'), url) ??
    (focusedOnPage ? `${url.origin}${url.pathname}` : undefined);
  return {
    postId: status.getAttribute('data-id') || matchOf(permalink, /\/(\d+)\/?$/),
    permalink,
  };
}

/**
 * The status a thread page shows this one answering. The page has no in_reply_to id: Mastodon
 * lists ancestors oldest first, then the focused status, then the replies depth first, and
 * marks with `status--first-in-thread` a reply that does not answer the one above it.
 */
function threadParent(status: Element): Element | undefined {
  const thread = status.closest('.scrollable');
  const focused = thread?.querySelector(selectors.focused);
  if (!thread || !focused) return undefined;
  const items = Array.from(thread.querySelectorAll(ITEM)).filter(
    (item) => !item.parentElement?.closest(ITEM), // quoted posts are not thread items
  );
  const index = items.indexOf(status);
  const focusedIndex = items.indexOf(focused);
  if (index < 0 || focusedIndex < 0) return undefined;
  if (index <= focusedIndex + 1) return items[index - 1];
  if (!status.classList.contains('status--first-in-thread')) return items[index - 1];
  // It then answers the focused status only if a plain (not "full") thread line joins them.
  const line = Array.from(status.children).find((child) => child.matches('.status__line'));
  return line && !line.matches('.status__line--full') ? focused : undefined;
}

/** "@name" as the local instance shows its own accounts, with the domain made explicit. */
function handleOf(account: string | null | undefined, host: string): string | undefined {
  const handle = account?.replace(BIDI_MARKS, '').trim().replace(/^@?/, '@');
  if (!handle || handle === '@') return undefined;
  return handle.includes('@', 1) ? handle : `${handle}@${host}`;
}
