import { hostIs, type ExtractedFields, type PostExtractor } from '../extractor';
import { publicationTime } from '../relative-time';
import { visibleText } from '../visible-text';
import { absolute, matchOf, mediaOf, textOf } from './read';

// Modelled on TikTok's desktop markup as public scrapers read it (2024–2026): see
// tests/fixtures/sites/tiktok. Class names are hashed around a stable component name.
const selectors = {
  comment: '[class*="DivCommentItemWrapper"]',
  replies: '[class*="DivReplyContainer"]',
  commentAuthor: '[data-e2e^="comment-username-"]',
  commentText: '[data-e2e^="comment-level-"]',
  // Replies' times carry no data-e2e: they are the first line under the text.
  commentTime: '[data-e2e^="comment-time-"], [class*="DivCommentSubContentWrapper"] > span',
  feedItem: 'article[data-e2e="recommend-list-item-container"]',
  details: '[class*="DivDescriptionContentWrapper"]',
  description: '[data-e2e="browse-video-desc"], [data-e2e="video-desc"]',
  handle: '[data-e2e="browse-username"], [data-e2e="video-author-uniqueid"]',
  nickname: '[data-e2e="browser-nickname"]',
  authorLink: 'a[href^="/@"]',
  player: '[id^="xgwrapper-"]',
  videoLink: 'a[href*="/video/"]',
  cover: 'picture img',
  pageData: 'script#__UNIVERSAL_DATA_FOR_REHYDRATION__',
} as const;

const entry = `${selectors.comment}, ${selectors.feedItem}, ${selectors.details}`;
const VIDEO_PATH = /^\/@([\w.-]+)\/(?:video|photo)\/(\d+)/;
const VIDEO_ID = /(?:-|\/video\/)(\d+)$/;

export const extractor: PostExtractor = {
  platform: 'tiktok',
  label: 'TikTok',
  selectors,
  fixtureMatches: {
    'video-page': {
      comment: 3,
      replies: 1,
      commentAuthor: 3,
      commentText: 3,
      commentTime: 3,
      details: 1,
      description: 1,
      handle: 1,
      nickname: 1,
      pageData: 1,
    },
    'foryou-feed': { comment: 3, replies: 2, feedItem: 1, player: 1, cover: 1, authorLink: 8 },
  },
  handles: (url) => hostIs(url, 'tiktok.com'),
  // The nearest wins: a comment, else the feed's item or the video page's details.
  container: (target) => target.closest(entry),
  extract(container, { document, url, now }) {
    if (container.matches(selectors.comment)) return commentOf(container, document, url, now);
    const video = container.matches(selectors.feedItem)
      ? feedVideo(container, url)
      : pageVideo(url);
    // The page's data describes the video it was loaded for, which may no longer be shown.
    const item = video ? pageItem(document, video.id) : undefined;
    const handle =
      textOf(container, selectors.handle) ??
      handleOf(container.querySelector(selectors.authorLink)) ??
      item?.handle;
    // "Name · 2d ago": the name comes first, the date last.
    const nickname = Array.from(container.querySelector(selectors.nickname)?.children ?? []);
    const label = nickname.length > 1 ? nickname.at(-1)?.textContent : undefined;
    const cover = absolute(item?.cover, url);
    const media = mediaOf(container, selectors.cover, url);
    return {
      kind: 'post',
      postId: video?.id,
      permalink: video?.permalink,
      authorName: (nickname[0] && visibleText(nickname[0])) || item?.nickname || handle,
      authorHandle: handle,
      authorUrl: handle ? `${url.origin}/@${handle}` : undefined,
      authorId: item?.authorId,
      text: textOf(container, selectors.description) ?? item?.text,
      published: publicationTime({ datetime: item?.createdAt ?? idTime(video?.id), label }, now),
      mediaUrls: cover && !media.includes(cover) ? [...media, cover] : media,
    };
  },
};

function commentOf(comment: Element, document: Document, url: URL, now: Date): ExtractedFields {
  const author = comment.querySelector(selectors.commentAuthor);
  const handle = handleOf(
    author?.querySelector(selectors.authorLink) ?? comment.querySelector(selectors.authorLink),
  );
  const isReply =
    Boolean(comment.closest(selectors.replies)) ||
    comment.querySelector(selectors.commentText)?.getAttribute('data-e2e') === 'comment-level-2';
  // TikTok shows no comment ids: a comment is placed by the video it is under.
  const video = isReply ? undefined : (pageVideo(url) ?? feedVideo(playingItem(document), url));
  return {
    kind: isReply ? 'reply' : 'comment',
    authorName: author ? visibleText(author) || undefined : undefined,
    authorHandle: handle,
    authorUrl: handle ? `${url.origin}/@${handle}` : undefined,
    text: textOf(comment, selectors.commentText),
    published: publicationTime({ label: textOf(comment, selectors.commentTime) }, now),
    parentId: video?.id,
    parentPermalink: video?.permalink,
  };
}

type Video = { id: string; permalink?: string };

function pageVideo(url: URL): Video | undefined {
  const [path, , id] = VIDEO_PATH.exec(url.pathname) ?? [];
  return path && id ? { id, permalink: `${url.origin}${path}` } : undefined;
}

/** A feed item's video: its player's wrapper carries its id, as may a link to it. */
function feedVideo(item: Element | undefined, url: URL): Video | undefined {
  const link = item?.querySelector(selectors.videoLink)?.getAttribute('href') ?? undefined;
  const id =
    matchOf(item?.querySelector(selectors.player)?.id, VIDEO_ID) ?? matchOf(link, VIDEO_ID);
  const handle = handleOf(item?.querySelector(selectors.authorLink));
  return id
    ? { id, permalink: handle ? `${url.origin}/@${handle}/video/${id}` : undefined }
    : undefined;
}

/** The feed's video whose comments are open: the one playing, or the only one. */
function playingItem(document: Document): Element | undefined {
  const items = Array.from(document.querySelectorAll(selectors.feedItem));
  const playing = items.find((item) => item.querySelector('video')?.paused === false);
  return playing ?? (items.length === 1 ? items[0] : undefined);
}

function handleOf(link: Element | null | undefined): string | undefined {
  return matchOf(link?.getAttribute('href') ?? undefined, /^\/@([\w.-]+)/);
}

/** A TikTok id's top 32 bits are the second it was created. */
function idTime(id: string | undefined): string | undefined {
  return id && /^\d{15,20}$/.test(id) ? secondsToIso(Number(BigInt(id) >> 32n)) : undefined;
}

function secondsToIso(seconds: unknown): string | undefined {
  const value = Number(seconds);
  return value > 0 && value < 1e11 ? new Date(value * 1000).toISOString() : undefined;
}

/** The page's description of a video, read from its JSON, when it is about that video. */
function pageItem(document: Document, videoId: string) {
  let data: unknown;
  try {
    data = JSON.parse(document.querySelector(selectors.pageData)?.textContent ?? '');
  } catch {
    return undefined;
  }
  const item = at(data, '__DEFAULT_SCOPE__', 'webapp.video-detail', 'itemInfo', 'itemStruct');
  if (stringOf(at(item, 'id')) !== videoId) return undefined;
  return {
    text: stringOf(at(item, 'desc')),
    createdAt: secondsToIso(at(item, 'createTime')),
    handle: stringOf(at(item, 'author', 'uniqueId')),
    nickname: stringOf(at(item, 'author', 'nickname')),
    authorId: stringOf(at(item, 'author', 'id')),
    cover: stringOf(at(item, 'video', 'cover')),
  };
}

/** A value deep in parsed JSON, or undefined wherever the path breaks. */
function at(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    value,
  );
}

/** A JSON value as text, when it is text or a number. */
function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}
