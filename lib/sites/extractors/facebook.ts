import { hostIs, type PostExtractor } from '../extractor';
import type { PostKind } from '../post-details';
import { publicationTime } from '../relative-time';
import { visibleText } from '../visible-text';
import { absolute } from './read';

// Modelled on Facebook's markup as public scrapers read it (2024–2026): see
// tests/fixtures/sites/facebook. Its class names are hashed and change: none is used here.
const selectors = {
  post: '[role="article"], [aria-posinset]',
  profileName: '[data-ad-rendering-role="profile_name"] a[href]',
  message:
    '[data-ad-preview="message"], [data-ad-comet-preview="message"], [data-ad-rendering-role="story_message"]',
  commentText: 'div[dir="auto"]',
  link: 'a[href]',
  postLink: 'a[href*="/posts/"], a[href*="/permalink/"], a[href*="story_fbid="]',
  commentLink: 'a[href*="comment_id="]',
  media: '[data-visualcompletion="media-vc-image"] img, img[data-imgperflogname], video',
} as const;

/** Query parameters Facebook adds to follow clicks; a permalink is the same without them. */
const TRACKING =
  /^(?:__|(?:ref|fref|hc_ref|hc_location|mibextid|rdid|sfnsn|eav|paipv|comment_tracking)$)/;
/** One-segment paths that are Facebook's own pages, not a person's or a page's name. */
const NOT_PROFILES =
  /^(?:groups|pages|watch|events|marketplace|gaming|reel|stories|hashtag|photo|friends|search|.*\.php)$/;

export const extractor: PostExtractor = {
  platform: 'facebook',
  label: 'Facebook',
  selectors,
  fixtureMatches: {
    'group-feed': { post: 3, profileName: 1, message: 2, commentLink: 6, media: 1 },
    'post-permalink': { post: 3, profileName: 1, message: 2, commentLink: 6, media: 1 },
  },
  handles: (url) => hostIs(url, 'facebook.com'),
  container: (target) => target.closest(selectors.post),
  extract(post, { document, url, now }) {
    const outer = enclosing(post);
    const depth = outer ? (enclosing(outer) ? 2 : 1) : 0;
    const commentLink = commentLinkOf(post, url);
    const postLink = own(post, selectors.postLink).find(
      (link) => !link.getAttribute('href')?.includes('comment_id='),
    );
    // Facebook may fill a timestamp's href only once it is hovered; on a post's own page, the
    // first post is the page's.
    const pagePost = document.querySelector(selectors.post) === post && postIdOf(url.href);
    const timeLink = commentLink ?? postLink;
    const permalink = withoutParameters(
      timeLink ? absolute(timeLink.getAttribute('href'), url) : pagePost ? url.href : undefined,
      TRACKING,
    );
    const commentId = commentIdOf(parameter(permalink, 'comment_id'));
    const replyId = commentIdOf(parameter(permalink, 'reply_comment_id'));
    const kind: PostKind =
      replyId || depth > 1 ? 'reply' : commentId || depth > 0 ? 'comment' : 'post';
    const authorLink =
      own(post, selectors.profileName)[0] ??
      own(post, selectors.link).find((link) => visibleText(link));
    const author = profileOf(authorLink?.getAttribute('href'), url);
    const message = own(post, kind === 'post' ? selectors.message : selectors.commentText)[0];
    return {
      kind,
      postId: kind === 'post' ? postIdOf(permalink) : (replyId ?? commentId),
      permalink,
      ...(kind === 'post' ? {} : parentOf(kind, permalink, outer, url)),
      authorName: authorLink ? visibleText(authorLink) || undefined : undefined,
      authorHandle: author?.handle,
      authorUrl: author?.url,
      authorId: author?.id,
      text: message ? visibleText(message) || undefined : undefined,
      published: publicationTime(
        { label: timeLink?.getAttribute('aria-label') || (timeLink && visibleText(timeLink)) },
        now,
      ),
      mediaUrls: [
        ...new Set(
          own(post, selectors.media).flatMap(
            (element) =>
              absolute(element.getAttribute('src') ?? element.getAttribute('poster'), url) ?? [],
          ),
        ),
      ],
    };
  },
};

/** The post or comment a comment sits in, if any. */
function enclosing(post: Element): Element | null {
  return post.parentElement?.closest(selectors.post) ?? null;
}

/** The elements of a post that are its own, not those of the comments nested inside it. */
function own(post: Element, selector: string): Element[] {
  return Array.from(post.querySelectorAll(selector)).filter(
    (element) => element.closest(selectors.post) === post,
  );
}

/** A comment's timestamp link: its author's links carry the comment's id too. */
function commentLinkOf(post: Element, url: URL): Element | undefined {
  return own(post, selectors.commentLink).find(
    (link) => !profileOf(link.getAttribute('href'), url),
  );
}

/**
 * What a comment answers: the post its link names. A reply's link names its comment too, or
 * else the reply sits inside that comment.
 */
function parentOf(kind: PostKind, permalink: string | undefined, outer: Element | null, url: URL) {
  if (kind === 'comment') {
    const parentPermalink = withoutParameters(permalink, /^(?:comment_id|reply_comment_id)$/);
    return { parentId: postIdOf(parentPermalink), parentPermalink };
  }
  const parentPermalink = parameter(permalink, 'reply_comment_id')
    ? withoutParameters(permalink, /^reply_comment_id$/)
    : withoutParameters(
        absolute(outer && commentLinkOf(outer, url)?.getAttribute('href'), url),
        TRACKING,
      );
  return { parentId: commentIdOf(parameter(parentPermalink, 'comment_id')), parentPermalink };
}

function postIdOf(address: string | undefined): string | undefined {
  const match =
    /\/(?:posts|permalink|videos|reel)\/([\w.-]+)|[?&](?:story_fbid|fbid|v)=([\w-]+)/.exec(
      address ?? '',
    );
  return match?.[1] ?? match?.[2];
}

/** Comment ids are numbers, or base64 of "comment:<post>_<comment>" in some links. */
function commentIdOf(value: string | undefined): string | undefined {
  if (!value || /^\d+$/.test(value)) return value || undefined;
  try {
    return /_(\d+)$/.exec(atob(value))?.[1];
  } catch {
    return undefined;
  }
}

/** A query parameter of an address `withoutParameters` gave, so a valid one. */
function parameter(address: string | undefined, name: string): string | undefined {
  return (address && new URL(address).searchParams.get(name)) || undefined;
}

/** The address without the matching query parameters, the others kept as they were written. */
function withoutParameters(address: string | undefined, drop: RegExp): string | undefined {
  if (!address) return undefined;
  try {
    const cleaned = new URL(address);
    const kept = cleaned.search
      .slice(1)
      .split('&')
      .filter((part) => part && !drop.test(part.split('=')[0]!));
    cleaned.search = kept.length ? `?${kept.join('&')}` : '';
    cleaned.hash = '';
    return cleaned.href;
  } catch {
    return undefined;
  }
}

/** A profile link's address without tracking, and the name or number it gives. */
function profileOf(href: string | null | undefined, base: URL) {
  const address = absolute(href, base);
  if (!address) return undefined;
  const { origin, pathname, searchParams, hostname } = new URL(address);
  if (!/(^|\.)facebook\.com$/.test(hostname)) return undefined;
  const id = searchParams.get('id');
  if (pathname === '/profile.php' && id) return { url: `${origin}${pathname}?id=${id}`, id };
  const numbered = /^\/(?:groups\/[^/]+\/user|people\/[^/]+)\/(\d+)\/?$/.exec(pathname);
  if (numbered) return { url: `${origin}${pathname}`, id: numbered[1] };
  const handle = /^\/([\w.]+)\/?$/.exec(pathname)?.[1];
  if (!handle || NOT_PROFILES.test(handle)) return undefined;
  return { url: `${origin}${pathname}`, handle };
}
