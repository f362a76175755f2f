import { hostIs, type PostExtractor } from '../extractor';
import { publicationTime } from '../relative-time';
import { visibleText } from '../visible-text';
import { absolute, matchOf, mediaOf } from './read';

// Modelled on Instagram's markup as public scrapers read it (2024–2026): see
// tests/fixtures/sites/instagram. Its class names are hashed: entries are found by their shape.
const selectors = {
  post: 'article, [role="dialog"], main',
  time: 'a[href] time[datetime]',
  commentLink: 'a[href*="/c/"]',
  commentTime: 'a[href*="/c/"] time[datetime]',
  avatar: 'a[href] img',
  caption: 'h1',
  link: 'a[href]',
  commentText: 'span[dir="auto"]',
  media: 'div._aagv img, video',
} as const;

/** One-segment paths that are Instagram's own pages, not an account's name. */
const NOT_ACCOUNTS = /^(?:explore|reels|direct|accounts|stories|about|legal|developer|p|reel|tv)$/;
const POST_PATH = /\/((?:p|reel|tv)\/[\w-]+)/;

export const extractor: PostExtractor = {
  platform: 'instagram',
  label: 'Instagram',
  selectors,
  fixtureMatches: {
    'post-page': { post: 1, time: 4, commentLink: 2, avatar: 4, caption: 1, media: 1 },
    'profile-post-modal': { post: 3, time: 4, commentLink: 2, avatar: 7, caption: 1, media: 4 },
  },
  handles: (url) => hostIs(url, 'instagram.com'),
  container(target) {
    const post = target.closest(selectors.post);
    if (!post?.querySelector(selectors.time)) return null;
    for (let node: Element | null = target; node && node !== post; node = node.parentElement) {
      if (!isEntry(node)) continue;
      // A comment's row has a wrapper of its own, which the crop takes; the caption's has not.
      const wrapper = node.parentElement;
      return wrapper && wrapper !== post && wrapper.childElementCount === 1 ? wrapper : node;
    }
    return post;
  },
  extract(entry, { url, now }) {
    const post = entry.closest(selectors.post) ?? entry;
    const commentTime = entry === post ? null : entry.querySelector(selectors.commentTime);
    const time =
      commentTime ??
      Array.from(entry.querySelectorAll(selectors.time)).find(
        (candidate) => !candidate.closest('a')?.getAttribute('href')?.includes('/c/'),
      );
    const address = absolute(time?.closest('a')?.getAttribute('href'), url);
    const accountLinks = Array.from(entry.querySelectorAll(selectors.link)).filter((link) =>
      accountOf(link, url),
    );
    // The avatar links to the account too; the name is the link without a picture.
    const nameLink = accountLinks.find((link) => !link.querySelector('img'));
    const handle = accountOf(nameLink ?? accountLinks[0], url);
    const common = {
      authorName: (nameLink && visibleText(nameLink)) || handle,
      authorHandle: handle,
      authorUrl: handle ? `${url.origin}/${handle}/` : undefined,
      published: publicationTime(
        { datetime: time?.getAttribute('datetime'), label: time?.textContent },
        now,
      ),
    };
    if (!commentTime) {
      const postPath = matchOf(address, POST_PATH) ?? matchOf(url.pathname, POST_PATH);
      const caption =
        entry.querySelector(selectors.caption) ?? post.querySelector(selectors.caption);
      return {
        ...common,
        kind: 'post',
        postId: postPath?.split('/')[1],
        permalink: postPath ? `${url.origin}/${postPath}/` : undefined,
        text: (caption && visibleText(caption)) || undefined,
        mediaUrls: mediaOf(post, selectors.media, url),
      };
    }
    const [, type, shortcode, commentId, replyId] =
      /\/(p|reel|tv)\/([\w-]+)\/c\/(\d+)(?:\/r\/(\d+))?/.exec(address ?? '') ?? [];
    const postAddress = shortcode ? `${url.origin}/${type}/${shortcode}/` : undefined;
    // A reply's own link may name its comment; else it sits in the list under that comment.
    const parentComment = replyId
      ? `${postAddress}c/${commentId}/`
      : parentCommentOf(entry, post, url);
    const ownId = replyId ?? commentId;
    const text = Array.from(entry.querySelectorAll(selectors.commentText)).find(
      (span) =>
        !span.closest('a, [role="button"]') &&
        !span.querySelector('time') &&
        !(nameLink && span.contains(nameLink)),
    );
    return {
      ...common,
      kind: parentComment ? 'reply' : 'comment',
      postId: ownId,
      permalink: postAddress && ownId ? `${postAddress}c/${ownId}/` : undefined,
      parentId: parentComment ? matchOf(parentComment, /\/c\/(\d+)/) : shortcode,
      parentPermalink: parentComment ?? postAddress,
      text: (text && visibleText(text)) || undefined,
      mediaUrls: [],
    };
  },
};

/**
 * An entry is a caption or a comment: one timestamp, an avatar, and either a comment's link or
 * the caption's heading. The post's header and the post as a whole fail one of these.
 */
function isEntry(node: Element): boolean {
  return (
    node.querySelectorAll(selectors.time).length === 1 &&
    Boolean(node.querySelector(selectors.avatar)) &&
    !node.querySelector(selectors.media) &&
    Boolean(node.querySelector(selectors.commentTime) ?? node.querySelector(selectors.caption))
  );
}

/** The account a link leads to, if it is a profile link. */
function accountOf(link: Element | undefined, url: URL): string | undefined {
  const address = absolute(link?.getAttribute('href'), url);
  if (!address) return undefined;
  const parsed = new URL(address);
  const handle = /^\/([\w.]+)\/?$/.exec(parsed.pathname)?.[1];
  return hostIs(parsed, 'instagram.com') && handle && !NOT_ACCOUNTS.test(handle)
    ? handle
    : undefined;
}

/** The comment whose list of replies holds the entry: the nearest comment link above it. */
function parentCommentOf(entry: Element, post: Element, url: URL): string | undefined {
  const list = entry.closest('ul');
  if (!list || !post.contains(list)) return undefined;
  for (let node = list.parentElement; node && node !== post; node = node.parentElement) {
    const link = Array.from(node.querySelectorAll(selectors.commentLink)).find(
      (candidate) => !list.contains(candidate),
    );
    const address = absolute(link?.getAttribute('href'), url);
    const comment = matchOf(address, /(\/(?:p|reel|tv)\/[\w-]+\/c\/\d+)/);
    if (comment) return `${url.origin}${comment}/`;
  }
  return undefined;
}
