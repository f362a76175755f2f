import { hostIs, type ExtractedFields, type PostExtractor } from '../extractor';
import { publicationTime, resolveRelativeTime } from '../relative-time';
import { visibleText } from '../visible-text';
import { attributeOf, matchOf, nearbyAuthors, textOf } from './read';

// Modelled on Twitch's markup as BetterTTV and FrankerFaceZ read it (2023–2026): see
// tests/fixtures/sites/twitch.
const selectors = {
  liveMessage: '.chat-line__message',
  replayMessage: '.vod-message',
  authorName: '.chat-author__display-name',
  authorLink: 'a.video-chat__message-author[href]',
  liveBody: '[data-a-target="chat-line-message-body"]',
  replayBody: '.video-chat__message',
  liveTime: '.chat-line__timestamp',
  replayTime: '.vod-message__header',
  title: 'h2[data-a-target="stream-title"]',
  channelLink: 'a[href] > h1',
  infoLink: 'p a[href]',
  infoLine: 'p, span',
} as const;

const message = `${selectors.liveMessage}, ${selectors.replayMessage}`;
// First path segments that are Twitch's own pages rather than channels.
const NOT_CHANNELS = new Set(['videos', 'directory', 'search', 'settings', 'downloads', 'p']);
// Views that name the channel second: /popout/<channel>/chat, /moderator/<channel>.
const CHANNEL_SECOND = new Set(['popout', 'moderator', 'embed', 'u']);

export const extractor: PostExtractor = {
  platform: 'twitch',
  label: 'Twitch',
  selectors,
  fixtureMatches: {
    'live-chat': { liveMessage: 6, replayMessage: 0, authorName: 6, liveBody: 6, liveTime: 6 },
    'live-chat-en': { liveMessage: 6, replayMessage: 0, authorName: 6, liveBody: 6, liveTime: 6 },
    'vod-chat-replay': {
      liveMessage: 0,
      replayMessage: 6,
      authorName: 6,
      authorLink: 6,
      replayBody: 6,
      replayTime: 6,
      title: 1,
      channelLink: 1,
    },
    clip: { replayMessage: 3, authorLink: 3, title: 1, channelLink: 1, infoLink: 1 },
  },
  handles: (url) => hostIs(url, 'twitch.tv'),
  container(target) {
    const line = target.closest(message);
    if (line) return line;
    // A clip's or a video's title block: its title, channel, clipper and date.
    const block = target.ownerDocument.querySelector(selectors.title)?.parentElement;
    return block?.contains(target) ? block : null;
  },
  extract(container, { document, url, now }) {
    const channel = channelOf(url, document);
    if (!container.matches(message)) return { ...videoOf(container, url, now), channel };
    const handle = handleOf(container);
    const replay = container.matches(selectors.replayMessage);
    // The replay's position is a button, which visible text leaves out.
    const offset = replay
      ? container.querySelector(selectors.replayTime)?.textContent?.trim() || undefined
      : undefined;
    const videoId = matchOf(url.pathname, /^\/videos\/(\d+)/);
    const body = container.querySelector(replay ? selectors.replayBody : selectors.liveBody);
    return {
      kind: 'chat-message',
      permalink: videoId && offset ? videoAt(url, videoId, offset) : undefined,
      authorName: textOf(container, selectors.authorName),
      authorHandle: handle,
      authorUrl: handle ? `https://www.twitch.tv/${handle}` : undefined,
      // The replay puts the ": " after the name inside the message itself. A chat message is
      // one line: emotes sit in block elements the page shows inline.
      text: body
        ? visibleText(body)
            .replace(/\s*\n\s*/g, ' ')
            .replace(/^:\s*/, '') || undefined
        : undefined,
      // A replay's "1:02:03" is a position in the video, not a time of day.
      published: replay
        ? { kind: 'unknown', ...(offset ? { label: offset } : {}) }
        : publicationTime({ label: textOf(container, selectors.liveTime) }, now),
      channel,
      surroundingAuthors: nearbyAuthors(
        Array.from(document.querySelectorAll(message)),
        container,
        (line) => textOf(line, selectors.authorName),
      ),
    };
  },
};

/** A clip's or a video's own details: for a clip, its author is whoever clipped it. */
function videoOf(block: Element, url: URL, now: Date): ExtractedFields {
  const clip = matchOf(url.pathname, /\/clip\/([\w-]+)/) ?? clipsHostSlug(url);
  const videoId = matchOf(url.pathname, /^\/videos\/(\d+)/);
  const author =
    block.querySelector(selectors.infoLink) ??
    block.querySelector(selectors.channelLink)?.closest('a');
  const handle = loginOf(author?.getAttribute('href'));
  const label = Array.from(block.querySelectorAll(selectors.infoLine))
    .flatMap((line) => (line.textContent ?? '').split('·').map((part) => part.trim()))
    .find((part) => part && resolveRelativeTime(part, now));
  return {
    kind: 'post',
    postId: clip ?? videoId,
    permalink: clip || videoId ? `${url.origin}${url.pathname}` : undefined,
    authorName: author ? visibleText(author) || undefined : undefined,
    authorHandle: handle,
    authorUrl: handle ? `https://www.twitch.tv/${handle}` : undefined,
    text: textOf(block, selectors.title),
    published: publicationTime({ label }, now),
  };
}

function handleOf(line: Element): string | undefined {
  return (
    line.getAttribute('data-a-user') ??
    attributeOf(line, selectors.authorName, 'data-a-user') ??
    loginOf(attributeOf(line, selectors.authorLink, 'href'))
  )?.toLowerCase();
}

function channelOf(url: URL, document: Document): string | undefined {
  const segments = url.pathname.split('/').filter(Boolean);
  const first = CHANNEL_SECOND.has(segments[0] ?? '') ? segments[1] : segments[0];
  if (url.hostname !== 'clips.twitch.tv' && first && !NOT_CHANNELS.has(first)) {
    return loginOf(`/${first}`);
  }
  return loginOf(document.querySelector(selectors.channelLink)?.closest('a')?.getAttribute('href'));
}

function clipsHostSlug(url: URL): string | undefined {
  return url.hostname === 'clips.twitch.tv' ? matchOf(url.pathname, /^\/([\w-]+)/) : undefined;
}

/** The login in a "/login" link, as Twitch logins are: letters, digits, underscores. */
function loginOf(href: string | null | undefined): string | undefined {
  return matchOf(
    href ?? undefined,
    /^(?:https:\/\/www\.twitch\.tv)?\/(\w{2,25})\/?$/,
  )?.toLowerCase();
}

/** The video at a replay position: "1:02:03" is ?t=1h02m03s. */
function videoAt(url: URL, videoId: string, offset: string): string | undefined {
  const parts = offset.split(':').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !Number.isInteger(part))) {
    return undefined;
  }
  const [hours = 0, minutes = 0, seconds = 0] = parts.length === 3 ? parts : [0, ...parts];
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${url.origin}/videos/${videoId}?t=${hours}h${pad(minutes)}m${pad(seconds)}s`;
}
