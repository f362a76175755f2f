import {
  hostIs,
  type ExtractedFields,
  type ExtractionContext,
  type PostExtractor,
} from '../extractor';
import { publicationTime } from '../relative-time';
import { visibleText } from '../visible-text';
import { absolute, attributeOf, matchOf, mediaOf, textOf } from './read';

// Modelled on www.reddit.com's "shreddit" web components and old.reddit.com's `.thing` markup
// as public extensions and scrapers read them (2023–2026): see tests/fixtures/sites/reddit.
const selectors = {
  post: 'shreddit-post',
  comment: 'shreddit-comment',
  title: '[slot="title"]',
  body: '[slot="text-body"]',
  postTime: 'faceplate-timeago time[datetime]',
  commentText: '[slot="comment"]',
  commentTime: '[slot="commentMeta"] time[datetime]',
  commentAuthor: '[noun="comment_author"] a[href]',
  gallery: 'gallery-carousel img[src^="https:"]',
  thing: '.thing[data-fullname]',
  oldTitle: 'a.title',
  oldText: '.usertext-body .md',
  oldAuthor: '.tagline a.author',
  oldTime: '.tagline time[datetime]',
  oldParent: 'a[data-event-action="parent"][href]',
} as const;

/** Addresses of the media a post is (as opposed to the page a link post points to). */
const MEDIA =
  /^https:\/\/(i|v|preview)\.redd\.it\/|^https:\/\/i\.imgur\.com\/|\.(jpe?g|png|gif|webp|mp4)(\?|$)/i;

export const extractor: PostExtractor = {
  platform: 'reddit',
  label: 'Reddit',
  selectors,
  fixtureMatches: {
    'home-feed': { post: 3, comment: 0, title: 3, body: 1, postTime: 3, gallery: 0, thing: 0 },
    'post-comments': { post: 1, comment: 4, commentText: 4, commentTime: 4, commentAuthor: 4 },
    'old-post-comments': { post: 0, thing: 5, oldText: 5, oldAuthor: 5, oldTime: 5, oldParent: 2 },
    'old-reply-permalink': { post: 0, thing: 3, oldText: 3, oldAuthor: 3, oldParent: 2 },
  },
  handles: (url) => hostIs(url, 'reddit.com'),
  container(target) {
    const found = target.closest(`${selectors.comment}, ${selectors.post}, .thing`);
    if (found?.classList.contains('comment')) return entryOf(found);
    return found ?? target.closest('article[data-post-id]')?.querySelector(selectors.post) ?? null;
  },
  extract: (container, context) =>
    container.closest('.thing') ? readOld(container, context) : readShreddit(container, context),
};

function readShreddit(item: Element, { document, url, now }: ExtractionContext): ExtractedFields {
  const isComment = item.localName === selectors.comment;
  const author = item.getAttribute('author')?.trim() || undefined;
  const authorLink = isComment ? own(item, selectors.commentAuthor) : undefined;
  const fields: ExtractedFields = {
    postId: (isComment ? item.getAttribute('thingid') : item.id) || undefined,
    permalink: absolute(item.getAttribute('permalink'), url),
    authorName: author,
    authorHandle: author && `u/${author}`,
    authorUrl: absolute(author ? `/user/${author}/` : authorLink?.getAttribute('href'), url),
    authorId: item.getAttribute('author-id') || undefined,
  };
  if (!isComment) {
    const title = item.getAttribute('post-title')?.trim() || textOf(item, selectors.title);
    const contentAddress = item.getAttribute('content-href') ?? '';
    const time = item.querySelector(selectors.postTime);
    return {
      ...fields,
      kind: 'post',
      title,
      // Image and link posts have no body: their title is what they say.
      text: textOf(item, selectors.body) ?? title,
      published: timeOf(time, isoOf(item.getAttribute('created-timestamp')), now),
      mediaUrls: [
        ...(MEDIA.test(contentAddress) ? [contentAddress] : []),
        ...mediaOf(item, selectors.gallery, url),
      ],
    };
  }
  // Top-level comments carry no parentid: their parent is the post.
  const parentId = item.getAttribute('parentid') || item.getAttribute('postid') || undefined;
  const permalink = fields.permalink;
  // Replies sit inside their parent; one shown out of its thread has its parent elsewhere.
  const parentComment = item.parentElement?.closest(selectors.comment);
  const parentPermalink = parentId?.startsWith('t1_')
    ? parentComment?.getAttribute('thingid') === parentId
      ? parentComment.getAttribute('permalink')
      : permalink?.replace(/\/comment\/\w+\/?$/, `/comment/${parentId.slice(3)}/`)
    : parentId
      ? (document.getElementById(parentId)?.getAttribute('permalink') ??
        document.querySelector('shreddit-comment-tree[permalink]')?.getAttribute('permalink'))
      : undefined;
  const time = own(item, selectors.commentTime);
  const text = own(item, selectors.commentText);
  return {
    ...fields,
    kind: item.hasAttribute('parentid') ? 'reply' : 'comment',
    text: text ? visibleText(text) || undefined : undefined,
    published: timeOf(time, isoOf(item.getAttribute('created')), now),
    mediaUrls: [],
    parentId,
    parentPermalink: absolute(parentPermalink, url),
  };
}

function readOld(container: Element, { document, url, now }: ExtractionContext): ExtractedFields {
  const thing = container.closest('.thing')!;
  const entry = entryOf(thing);
  const isLink = thing.classList.contains('link');
  const author = thing.getAttribute('data-author') || textOf(entry, selectors.oldAuthor);
  const time = entry.querySelector(selectors.oldTime);
  const timestamp = Number(thing.getAttribute('data-timestamp'));
  const title = isLink ? textOf(entry, selectors.oldTitle) : undefined;
  const address = thing.getAttribute('data-url') ?? '';
  // The "parent" button names the parent even when the page shows the reply out of its
  // thread: "#<id>" when the parent is on the page, else the parent's own address.
  const parentHref = attributeOf(entry, selectors.oldParent, 'href');
  const parentAddress = parentHref?.startsWith('#') ? undefined : commentAddress(parentHref, url);
  const parentName =
    matchOf(parentHref, /^#(\w+)$/) ?? matchOf(parentAddress, /\/comments\/\w+\/[^/]*\/(\w+)\/$/);
  const pagePost = matchOf(url.pathname, /\/comments\/(\w+)/);
  const parent = isLink
    ? null
    : parentName
      ? document.getElementById(`thing_t1_${parentName}`)
      : (thing.parentElement?.closest('.thing') ??
        (pagePost ? document.getElementById(`thing_t3_${pagePost}`) : null));
  const parentId = parentName ? `t1_${parentName}` : parent?.getAttribute('data-fullname');
  const permalink = absolute(thing.getAttribute('data-permalink'), url);
  return {
    kind: isLink
      ? 'post'
      : parentName || parent?.classList.contains('comment')
        ? 'reply'
        : 'comment',
    postId: thing.getAttribute('data-fullname') || undefined,
    permalink,
    title,
    authorName: author,
    authorHandle: author && `u/${author}`,
    authorUrl: absolute(
      entry.querySelector(selectors.oldAuthor)?.getAttribute('href') ??
        (author && `/user/${author}`),
      url,
    ),
    authorId: thing.getAttribute('data-author-fullname') || undefined,
    text: textOf(entry, selectors.oldText) ?? title,
    published: timeOf(time, timestamp > 0 ? new Date(timestamp).toISOString() : undefined, now),
    mediaUrls: isLink && MEDIA.test(address) ? [address] : [],
    parentId: parentId || undefined,
    parentPermalink:
      absolute(parent?.getAttribute('data-permalink'), url) ??
      parentAddress ??
      (parentName ? permalink?.replace(/\w+\/?$/, `${parentName}/`) : undefined),
  };
}

/** A comment's address on the same site, without tracking parameters, ending with a slash. */
function commentAddress(href: string | undefined, url: URL): string | undefined {
  const address = absolute(href, url);
  if (!address) return undefined;
  const parsed = new URL(address);
  if (!hostIs(parsed, 'reddit.com') || !/\/comments\//.test(parsed.pathname)) return undefined;
  return `${parsed.origin}${parsed.pathname.replace(/\/?$/, '/')}`;
}

/** A comment's own part of its `.thing`, without the replies nested under it. */
function entryOf(thing: Element): Element {
  return Array.from(thing.children).find((child) => child.classList.contains('entry')) ?? thing;
}

/** The first match that belongs to the comment itself rather than to a reply nested in it. */
function own(comment: Element, selector: string): Element | undefined {
  return Array.from(comment.querySelectorAll(selector)).find(
    (element) => element.closest(selectors.comment) === comment,
  );
}

/** Shreddit's "2025-03-12T11:35:00.000000+0000" as an ISO date JavaScript reads everywhere. */
function isoOf(value: string | null): string | undefined {
  return value?.replace(/(\.\d{3})\d*/, '$1').replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
}

function timeOf(time: Element | null | undefined, fallback: string | undefined, now: Date) {
  return publicationTime(
    { datetime: time?.getAttribute('datetime') ?? fallback, label: time?.textContent },
    now,
  );
}
