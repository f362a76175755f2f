import { hostIs, type ExtractedFields, type PostExtractor } from '../extractor';
import type { PublicationTime } from '../post-details';
import { publicationTime, resolveRelativeTime } from '../relative-time';
import { visibleText } from '../visible-text';
import { absolute, matchOf, textOf } from './read';
import { LIVE_CHAT_SELECTORS, liveChatMessageOf } from './youtube-live-chat';

// Modelled on YouTube's desktop markup as BetterTTV and comment userscripts read it (2024–2026):
// see tests/fixtures/sites/youtube. Older comments were ytd-comment-renderer, newer view models.
// The live chat is a document of its own, read in youtube-live-chat.ts.
const selectors = {
  comment: 'ytd-comment-view-model, ytd-comment-renderer',
  thread: 'ytd-comment-thread-renderer',
  replies: 'ytd-comment-replies-renderer',
  commentAuthor: 'a#author-text',
  commentText: '#content-text',
  commentTime: '#published-time-text a, .published-time-text a',
  threadTime: '#comment-container #published-time-text a, #comment #published-time-text a',
  watch: 'ytd-watch-metadata',
  watchPage: 'ytd-watch-flexy[video-id]',
  watchTitle: 'h1',
  watchOwner: 'ytd-video-owner-renderer #channel-name a',
  watchInfo: 'ytd-watch-info-text #info span',
  short: 'ytd-reel-video-renderer',
  shortOwner: 'yt-reel-channel-bar-view-model a[href^="/@"], ytd-channel-name a[href]',
  // Public extensions read the title by its class, whatever the heading's level.
  shortTitle:
    'yt-shorts-video-title-view-model h2, .ytShortsVideoTitleViewModelShortsVideoTitle, h2.title',
  ...LIVE_CHAT_SELECTORS,
} as const;

const entry = `${selectors.chatMessage}, ${selectors.comment}, ${selectors.short}, ${selectors.watch}`;
const SHORT_PATH = /^\/shorts\/([\w-]+)/;

export const extractor: PostExtractor = {
  platform: 'youtube',
  label: 'YouTube',
  selectors,
  fixtureMatches: {
    'watch-comments': {
      comment: 4,
      thread: 2,
      replies: 1,
      commentAuthor: 4,
      commentText: 4,
      commentTime: 4,
      threadTime: 2,
      watch: 1,
      watchPage: 1,
      watchTitle: 1,
      watchOwner: 1,
      watchInfo: 3,
      short: 0,
    },
    shorts: {
      comment: 3,
      thread: 2,
      replies: 1,
      commentAuthor: 3,
      commentText: 3,
      commentTime: 3,
      threadTime: 2,
      watch: 0,
      short: 1,
      shortOwner: 1,
      shortTitle: 1,
    },
    'live-chat-frame': {
      chatMessage: 5,
      chatAuthor: 5,
      chatText: 5,
      chatTime: 5,
      chatOwner: 1,
      comment: 0,
      watch: 0,
    },
  },
  handles: (url) => hostIs(url, 'youtube.com'),
  // The nearest wins: a chat message or a comment, else the Short or the video's details.
  container: (target) => target.closest(entry),
  extract(container, context) {
    const { url, now } = context;
    if (container.matches(selectors.chatMessage)) return liveChatMessageOf(container, context);
    if (container.matches(selectors.comment)) return commentOf(container, url, now);
    if (container.matches(selectors.short)) return shortOf(container, url);
    const owner = container.querySelector(selectors.watchOwner);
    const videoId =
      url.searchParams.get('v') ??
      container.closest(selectors.watchPage)?.getAttribute('video-id') ??
      undefined;
    const title = textOf(container, selectors.watchTitle);
    // The info line reads "12 k vues · il y a 3 jours": the date is the part that is a time.
    const label = Array.from(container.querySelectorAll(selectors.watchInfo))
      .map((span) => span.textContent?.trim() ?? '')
      .find((part) => part && resolveRelativeTime(part, now));
    return {
      kind: 'post',
      postId: videoId,
      permalink: videoId ? `${url.origin}/watch?v=${videoId}` : undefined,
      title,
      text: title,
      ...authorOf(owner, url),
      published: publicationTime({ label }, now),
    };
  },
};

function commentOf(comment: Element, url: URL, now: Date): ExtractedFields {
  const link = comment.querySelector(selectors.commentTime);
  const permalink = absolute(link?.getAttribute('href'), url);
  const postId = parameterOf(permalink, 'lc');
  const isReply =
    comment.hasAttribute('is-reply') ||
    Boolean(comment.closest(selectors.replies)) ||
    Boolean(postId?.includes('.'));
  // A reply's id is its thread's id, a dot, then its own: the thread's comment is its parent.
  const thread = comment.closest(selectors.thread)?.querySelector(selectors.threadTime);
  const threadId = parameterOf(absolute(thread?.getAttribute('href'), url), 'lc');
  const parentId = isReply ? (threadId ?? postId?.split('.')[0]) : undefined;
  // The video a comment is under: its link names it, else the page's address does.
  const videoId =
    parameterOf(permalink, 'v') ?? url.searchParams.get('v') ?? matchOf(url.pathname, SHORT_PATH);
  const video = videoId ? `${url.origin}/watch?v=${videoId}` : undefined;
  return {
    kind: isReply ? 'reply' : 'comment',
    postId,
    permalink,
    ...authorOf(comment.querySelector(selectors.commentAuthor), url),
    text: textOf(comment, selectors.commentText),
    published: shownTime(link?.textContent, now),
    parentId: isReply ? parentId : videoId,
    parentPermalink: isReply && parentId && video ? `${video}&lc=${parentId}` : video,
  };
}

function shortOf(short: Element, url: URL): ExtractedFields {
  // Shorts keep neighbouring reels in the page; only the one playing is the address's own.
  const videoId = short.hasAttribute('is-active') ? matchOf(url.pathname, SHORT_PATH) : undefined;
  return {
    kind: 'post',
    postId: videoId,
    permalink: videoId ? `${url.origin}/shorts/${videoId}` : undefined,
    ...authorOf(short.querySelector(selectors.shortOwner), url),
    text: textOf(short, selectors.shortTitle),
  };
}

/** A channel link's name, @handle and address, or its channel id when it has no handle. */
function authorOf(link: Element | null | undefined, url: URL): ExtractedFields {
  const address = absolute(link?.getAttribute('href'), url);
  const name = link ? visibleText(link) || undefined : undefined;
  // Comments show the author as "@handle"; a link to /channel/UC… does not name it.
  const handle =
    decodedHandle(matchOf(address, /\/(@[^/?#]+)/)) ??
    (name && /^@[\w.-]{3,30}$/.test(name) ? name : undefined);
  const channelId = matchOf(address, /\/channel\/(UC[\w-]+)/);
  return {
    authorName: name,
    authorHandle: handle,
    authorUrl: handle ? `${url.origin}/${handle}` : channelId ? address : undefined,
    authorId: channelId,
  };
}

/** A query parameter of an address that `absolute` has already checked. */
function parameterOf(address: string | undefined, name: string): string | undefined {
  return (address && new URL(address).searchParams.get(name)) || undefined;
}

/** "il y a 1 jour (modifié)": the edit mark is kept in the label but not read as a time. */
function shownTime(label: string | null | undefined, now: Date): PublicationTime {
  const shown = label?.trim();
  const time = shown?.replace(/\s*\((?:modifié|edited)\)$/i, '');
  const resolved = time ? resolveRelativeTime(time, now) : null;
  return resolved && shown ? { ...resolved, label: shown } : publicationTime({ label }, now);
}

function decodedHandle(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value; // A stray "%" is shown as the page has it.
  }
}
