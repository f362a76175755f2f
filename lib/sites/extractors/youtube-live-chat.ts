import type { ExtractedFields, ExtractionContext } from '../extractor';
import { publicationTime } from '../relative-time';
import { visibleText } from '../visible-text';
import { nearbyAuthors } from './read';

/**
 * YouTube's live chat, a document of its own (/live_chat?continuation=…) that the watch page
 * shows in a frame, or alone in a pop-out window (/live_chat?is_popout=1&v=<video>).
 */
export const LIVE_CHAT_SELECTORS = {
  chatMessage:
    'yt-live-chat-text-message-renderer, yt-live-chat-paid-message-renderer, yt-live-chat-paid-sticker-renderer, yt-live-chat-membership-item-renderer',
  chatAuthor: '#author-name',
  chatText: '#message',
  chatTime: '#timestamp',
  chatOwner: '[author-type~="owner"]',
  embeddingVideo: 'ytd-watch-flexy[video-id]',
  embeddingOwner: 'ytd-video-owner-renderer #channel-name a',
} as const;

const BADGES = '#chip-badges, #chat-badges, yt-live-chat-author-badge-renderer';
const HANDLE = /^@[\w.-]{3,30}$/;

/** A chat message: its author as shown ("@handle"), its text, its time, the stream's channel. */
export function liveChatMessageOf(
  message: Element,
  { document, url, now }: ExtractionContext,
): ExtractedFields {
  const author = authorOf(message);
  const handle = author && HANDLE.test(author) ? author : undefined;
  const text = message.querySelector(LIVE_CHAT_SELECTORS.chatText);
  const stream = streamOf(document, url);
  return {
    kind: 'chat-message',
    // The message's own id; a live chat message has no address of its own.
    postId: message.id || undefined,
    authorName: author,
    authorHandle: handle,
    authorUrl: handle ? `${url.origin}/${handle}` : undefined,
    text: text ? visibleText(text).replace(/\s*\n\s*/g, ' ') || undefined : undefined,
    published: publicationTime(
      { label: message.querySelector(LIVE_CHAT_SELECTORS.chatTime)?.textContent },
      now,
    ),
    channel: stream.channel,
    parentId: stream.videoId,
    parentPermalink: stream.videoId ? `${url.origin}/watch?v=${stream.videoId}` : undefined,
    surroundingAuthors: nearbyAuthors(
      Array.from(document.querySelectorAll(LIVE_CHAT_SELECTORS.chatMessage)),
      message,
      authorOf,
    ),
  };
}

function authorOf(message: Element): string | undefined {
  const name = message.querySelector(LIVE_CHAT_SELECTORS.chatAuthor);
  return (name && visibleText(name, BADGES)) || undefined;
}

/**
 * The video and its channel. A pop-out names the video in its address; a frame's watch page
 * (same origin) names both; the channel writes in its own chat marked as its owner.
 */
function streamOf(document: Document, url: URL): { videoId?: string; channel?: string } {
  const watch = embeddingDocument(document);
  const videoId =
    url.searchParams.get('v') ??
    watch?.querySelector(LIVE_CHAT_SELECTORS.embeddingVideo)?.getAttribute('video-id') ??
    undefined;
  const ownerLink = watch?.querySelector(LIVE_CHAT_SELECTORS.embeddingOwner)?.getAttribute('href');
  const owner = document.querySelector(LIVE_CHAT_SELECTORS.chatOwner);
  const channel =
    /^\/(@[^/?#]+)/.exec(ownerLink ?? '')?.[1] ?? (owner ? authorOf(owner) : undefined);
  return { videoId: videoId || undefined, channel };
}

/** The page showing this document in a frame, when it is of the same origin. */
function embeddingDocument(document: Document): Document | undefined {
  try {
    return document.defaultView?.frameElement?.ownerDocument ?? undefined;
  } catch {
    return undefined; // A page of another origin keeps its document to itself.
  }
}
