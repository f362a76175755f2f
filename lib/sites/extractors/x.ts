import { hostIs, type ExtractedFields, type PostExtractor } from '../extractor';
import type { RelatedPost } from '../post-details';
import { visibleText } from '../visible-text';
import { publicationTime } from '../relative-time';
import { absolute, matchOf } from './read';
import { isQuote, ownElements, QUOTE_SELECTOR, quoteAround } from './x-quote';

// Modelled on X's markup as public tools read it and as captured pages show it (2024–2026):
// see tests/fixtures/sites/x. A quoted post is a link-like block inside the quoting article.
const selectors = {
  post: 'article[data-testid="tweet"]',
  quote: QUOTE_SELECTOR,
  userName: '[data-testid="User-Name"]',
  displayName: '[data-testid="User-Name"] a:not([tabindex="-1"])',
  handle: '[data-testid="User-Name"] a[tabindex="-1"]',
  avatar: '[data-testid^="UserAvatar-Container-"]',
  text: '[data-testid="tweetText"]',
  time: 'time[datetime]',
  statusLink: 'a[href*="/status/"]',
  photo: '[data-testid="tweetPhoto"] img',
} as const;

const REPLY_LABEL = /(En réponse à|Replying to)/;
const STATUS_PATH = /^\/(\w{1,15})\/status\/(\d+)/;

export const extractor: PostExtractor = {
  platform: 'x',
  label: 'X (Twitter)',
  selectors,
  fixtureMatches: {
    'home-timeline': { post: 3, quote: 0, userName: 3, text: 3, photo: 1 },
    'status-thread': { post: 3, quote: 0, userName: 3, text: 3 },
    'quoted-posts': { post: 2, quote: 2, userName: 4, text: 4, time: 4, photo: 2, avatar: 4 },
  },
  handles: (url) => hostIs(url, 'x.com', 'twitter.com'),
  container(target) {
    const article = target.closest(selectors.post);
    return article ? (quoteAround(target, article) ?? article) : null;
  },
  extract(block, { url, now }) {
    const { time, ...own } = readOwn(block, url);
    const quoted = !block.matches(selectors.post) || isQuote(block);
    const outer = block.parentElement?.closest(selectors.post);
    const inner = quoted ? undefined : ownQuote(block);
    // On a conversation page the focal post is the page's own; those under it answer it.
    const focalId = matchOf(url.pathname, /^\/[^/]+\/status\/(\d+)/);
    const answersFocal = !quoted && focalId !== undefined && own.postId !== focalId;
    // "En réponse à @…" sits outside the post's text, which may say anything.
    const saysReply =
      !quoted && REPLY_LABEL.test(visibleText(block, `${selectors.text}, ${selectors.quote}`));
    const related = (post: Element | null | undefined): RelatedPost | undefined =>
      post ? relatedOf(readOwn(post, url)) : undefined;
    const quotedBy = quoted ? related(outer) : undefined;
    const quotes = related(inner);
    return {
      kind: answersFocal || saysReply ? 'reply' : 'post',
      ...own,
      ...(answersFocal
        ? { parentId: focalId, parentPermalink: `${url.origin}${url.pathname.replace(/\/$/, '')}` }
        : {}),
      published: publicationTime(time, now),
      ...(quotedBy ? { context: { quotedBy } } : quotes ? { context: { quotes } } : {}),
    };
  },
};

/** The quoted post shown inside a post, if any. */
function ownQuote(post: Element): Element | undefined {
  return ownElements(post, selectors.quote).find((candidate) => isQuote(candidate));
}

type OwnFields = Omit<ExtractedFields, 'published'> & {
  time: { datetime?: string | null; label?: string | null };
};

/** A post's own fields, none of them read from a post quoted inside it. */
function readOwn(post: Element, url: URL): OwnFields {
  const own = (selector: string) => ownElements(post, selector);
  const userName = own(selectors.userName)[0];
  const nameLink = userName?.querySelector('a:not([tabindex="-1"])');
  const lines = userName
    ? visibleText(userName, 'time')
        .split('\n')
        .map((line) => line.trim())
    : [];
  const handle =
    textOfElement(userName?.querySelector('a[tabindex="-1"]')) ??
    lines.find((line) => /^@\w{1,15}$/.test(line)) ??
    atPath(nameLink?.getAttribute('href')) ??
    atHandle(own(selectors.avatar)[0]?.getAttribute('data-testid')?.split('-').pop());
  const time = own(selectors.time)[0];
  const timeLink = time?.closest('a');
  // A quoted post may name its id only in a link to its photo: /<handle>/status/<id>/photo/1.
  const status =
    statusOf(timeLink?.getAttribute('href'), url) ??
    own(selectors.statusLink)
      .map((link) => statusOf(link.getAttribute('href'), url))
      .find((match) => match && `@${match[1]}`.toLowerCase() === handle?.toLowerCase());
  const text = own(selectors.text)[0];
  return {
    postId: status?.[2],
    permalink: status ? `${url.origin}/${status[1]}/status/${status[2]}` : undefined,
    authorName: textOfElement(nameLink) ?? lines.find((line) => line && !line.startsWith('@')),
    authorHandle: handle,
    authorUrl:
      absolute(nameLink?.getAttribute('href'), url) ??
      (handle ? `${url.origin}/${handle.slice(1)}` : undefined),
    // Links hide their scheme in an aria-hidden span: visible text leaves it out. Mentions
    // sit in divs shown inline: the text breaks lines only where it has line breaks.
    text: text ? visibleText(text, undefined, false) || undefined : undefined,
    time: {
      datetime: time?.getAttribute('datetime'),
      label:
        timeLink?.getAttribute('aria-label') ??
        time?.parentElement?.getAttribute('aria-label') ??
        time?.textContent,
    },
    mediaUrls: [
      ...new Set(
        own(selectors.photo).flatMap((image) => absolute(image.getAttribute('src'), url) ?? []),
      ),
    ],
  };
}

function relatedOf({ postId, permalink, authorName, authorHandle, text }: OwnFields): RelatedPost {
  return Object.fromEntries(
    Object.entries({ postId, permalink, authorName, authorHandle, text }).filter(
      ([, value]) => value,
    ),
  ) as RelatedPost;
}

/** The handle and id in a link to a post on the same site, or undefined. */
function statusOf(href: string | null | undefined, url: URL): RegExpExecArray | undefined {
  const address = absolute(href, url);
  return (
    (address &&
      hostIs(new URL(address), url.hostname) &&
      STATUS_PATH.exec(new URL(address).pathname)) ||
    undefined
  );
}

function textOfElement(element: Element | null | undefined): string | undefined {
  return (element && visibleText(element)) || undefined;
}

/** "@name" from a profile link's path ("/name"). */
function atPath(href: string | null | undefined): string | undefined {
  return atHandle(matchOf(href ?? undefined, /^\/(\w{1,15})\/?$/));
}

function atHandle(name: string | undefined): string | undefined {
  return name && /^\w{1,15}$/.test(name) ? `@${name}` : undefined;
}
