import { hostIs, type PostExtractor } from '../extractor';
import { publicationTime } from '../relative-time';
import { visibleText } from '../visible-text';
import { absolute, matchOf, textOf } from './read';

// Modelled on www.snapchat.com's public pages as yt-dlp, cobalt and public scrapers read them
// (2024–2026): see tests/fixtures/sites/snapchat. Snapchat shows no comments on the web.
const selectors = {
  tile: '[class*="SpotlightResultTile_container"]',
  story: '.StoryCard',
  storyTopic: '[class*="StoryDescription_topic"]',
  tileText: '[class*="SpotlightResultTile_description"]',
  storyText: '[class*="StoryDescription_description"]',
  // The page's own Spotlight's caption, beside its author's link rather than in it.
  caption: 'main > section > p',
  spotlightLink: 'a[href*="/spotlight/"]',
  profileLink: 'a[href*="/add/"]',
  profileName: 'h5',
  section: 'main > section',
  video: 'video',
  ownerName: 'main h4',
  nextData: 'script#__NEXT_DATA__',
  linkedData: 'script[type="application/ld+json"]',
} as const;

const text = `${selectors.tileText}, ${selectors.storyText}, ${selectors.caption}`;
const SPOTLIGHT_ID = /\/spotlight\/([\w-]+)/;
const HANDLE = /^\/(?:@|add\/)([\w.-]+)/;

type Field = 'title' | 'text' | 'publishedAt' | 'mediaUrl' | 'authorName' | 'authorHandle';
type Snap = Partial<Record<Field, string>>;

export const extractor: PostExtractor = {
  platform: 'snapchat',
  label: 'Snapchat',
  selectors,
  fixtureMatches: {
    spotlight: { tile: 2, tileText: 2, caption: 2, spotlightLink: 2, profileName: 1, video: 1 },
    'public-profile': { tile: 2, story: 1, storyTopic: 1, storyText: 1, ownerName: 1, video: 0 },
  },
  handles: (url) => hostIs(url, 'snapchat.com'),
  container(target) {
    const card = target.closest(`${selectors.tile}, ${selectors.story}`);
    if (card) return card;
    // The Spotlight a page is about: the section holding its video.
    const section = target.closest(selectors.section);
    return section?.querySelector(selectors.video) ? section : null;
  },
  extract(container, { document, url, now }) {
    const snaps = snapsOf(document);
    const isStory = container.matches(selectors.story);
    const link = container.querySelector(isStory ? selectors.profileLink : selectors.spotlightLink);
    const address = absolute(link?.getAttribute('href'), url);
    const postId = isStory
      ? matchOf(address, /\/add\/[\w.-]+\/([\w-]+)/)
      : (matchOf(address, SPOTLIGHT_ID) ?? matchOf(url.pathname, SPOTLIGHT_ID));
    const snap = (postId && snaps.get(postId)) || {};
    const profile = isStory ? link : container.querySelector(selectors.profileLink);
    const handle = handleOf(profile?.getAttribute('href'), url) ?? snap.authorHandle;
    return {
      kind: 'post',
      postId,
      permalink: isStory ? address : postId ? `${url.origin}/spotlight/${postId}` : undefined,
      // Else the fallback would title every snap after the page.
      title: isStory ? textOf(container, selectors.storyTopic) : snap.title,
      authorName:
        textOf(profile ?? container, selectors.profileName) ??
        snap.authorName ??
        ownerName(document, url, handle) ??
        (profile ? visibleText(profile) || undefined : undefined),
      authorHandle: handle,
      authorUrl: handle ? `${url.origin}/add/${handle}` : undefined,
      text: textOf(container, text) ?? snap.text,
      published: publicationTime({ datetime: snap.publishedAt }, now),
      mediaUrls: snap.mediaUrl ? [snap.mediaUrl] : [],
    };
  },
};

/** The account a profile link leads to: "/add/name", "/@name" or either under the site. */
function handleOf(href: string | null | undefined, url: URL): string | undefined {
  const address = absolute(href, url);
  return address ? matchOf(new URL(address).pathname, HANDLE) : undefined;
}

/** The profile's own name, for the profile's snaps: the page's data, else its heading. */
function ownerName(document: Document, url: URL, handle: string | undefined) {
  if (!handle || matchOf(url.pathname, HANDLE) !== handle) return undefined;
  for (const data of linkedData(document)) {
    const person = at(data, 'mainEntity');
    if (at(person, 'alternateName') === handle || at(person, 'identifier') === handle) {
      return stringOf(at(person, 'name'));
    }
  }
  return textOf(document, selectors.ownerName);
}

/** Every snap the page's JSON describes, by id; the page may hold stale data for others. */
function snapsOf(document: Document): Map<string, Snap> {
  const snaps = new Map<string, Snap>();
  const add = (id: unknown, snap: Snap) => {
    if (typeof id !== 'string' || !id) return;
    const defined = Object.entries(snap).filter(([, value]) => value);
    snaps.set(id, { ...Object.fromEntries(defined), ...snaps.get(id) });
  };
  const pageProps = at(parsed(document.querySelector(selectors.nextData)), 'props', 'pageProps');
  for (const entry of list(at(pageProps, 'spotlightFeed', 'spotlightStories'))) {
    const video = at(entry, 'metadata', 'videoMetadata');
    const milliseconds = Number(at(video, 'uploadDateMs'));
    add(at(entry, 'story', 'storyId', 'value'), {
      title: stringOf(at(video, 'name')),
      text: stringOf(at(video, 'description') ?? at(entry, 'metadata', 'description')),
      publishedAt: milliseconds > 0 ? new Date(milliseconds).toISOString() : undefined,
      mediaUrl: stringOf(at(video, 'contentUrl')),
      authorHandle: stringOf(at(video, 'creator', 'personCreator', 'username')),
    });
  }
  for (const entry of list(at(pageProps, 'story', 'snapList'))) {
    add(at(entry, 'snapId', 'value'), { mediaUrl: stringOf(at(entry, 'snapUrls', 'mediaUrl')) });
  }
  for (const data of linkedData(document)) {
    if (at(data, '@type') !== 'VideoObject') continue;
    const uploaded = Date.parse(stringOf(at(data, 'uploadDate')) ?? '');
    add(at(data, 'identifier') ?? matchOf(stringOf(at(data, 'url')), SPOTLIGHT_ID), {
      title: stringOf(at(data, 'name')),
      text: stringOf(at(data, 'description')),
      publishedAt: Number.isNaN(uploaded) ? undefined : new Date(uploaded).toISOString(),
      mediaUrl: stringOf(at(data, 'contentUrl')),
      authorName: stringOf(at(data, 'creator', 'name')),
      authorHandle: stringOf(at(data, 'creator', 'alternateName')),
    });
  }
  return snaps;
}

/** The JSON-LD objects of the page, @graph and arrays unfolded. */
function linkedData(document: Document): unknown[] {
  return Array.from(document.querySelectorAll(selectors.linkedData)).flatMap((script) => {
    const data = parsed(script);
    return list(at(data, '@graph') ?? data);
  });
}

function parsed(script: Element | null): unknown {
  try {
    return JSON.parse(script?.textContent ?? '') as unknown;
  } catch {
    return undefined; // A page's broken JSON leaves the markup to read.
  }
}

/** A value deep in parsed JSON, or undefined wherever the path breaks. */
function at(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
    value,
  );
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value ? [value] : [];
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}
