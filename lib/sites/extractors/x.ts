import { hostIs, type PostExtractor } from '../extractor';
import { visibleText } from '../visible-text';
import { publicationTime } from '../relative-time';
import { absolute, linkOf, matchOf, mediaOf, textOf } from './read';

// Modelled on X's markup as public tools read it (2024–2026): see tests/fixtures/sites/x.
const selectors = {
  post: 'article[data-testid="tweet"]',
  userName: '[data-testid="User-Name"]',
  displayName: '[data-testid="User-Name"] a:not([tabindex="-1"])',
  handle: '[data-testid="User-Name"] a[tabindex="-1"]',
  text: '[data-testid="tweetText"]',
  time: 'a[href*="/status/"] time[datetime]',
  photo: '[data-testid="tweetPhoto"] img',
} as const;

const REPLY_LABEL = /(En réponse à|Replying to)/;

export const extractor: PostExtractor = {
  platform: 'x',
  label: 'X (Twitter)',
  selectors,
  fixtureMatches: {
    'home-timeline': { post: 3, userName: 3, text: 3, photo: 1 },
    'status-thread': { post: 3, userName: 3, text: 3 },
  },
  handles: (url) => hostIs(url, 'x.com', 'twitter.com'),
  container: (target) => target.closest(selectors.post),
  extract(post, { url, now }) {
    const time = post.querySelector(selectors.time);
    const timeLink = time?.closest('a');
    const permalink = absolute(timeLink?.getAttribute('href'), url);
    const handle = textOf(post, selectors.handle);
    const authorUrl = linkOf(post, selectors.displayName, url);
    const postId = matchOf(permalink, /\/status\/(\d+)/);
    // On a conversation page the focal post is the page's own; those under it answer it.
    const focalId = matchOf(url.pathname, /^\/[^/]+\/status\/(\d+)/);
    const answersFocal = focalId !== undefined && postId !== focalId;
    // "En réponse à @…" sits outside the post's text, which may say anything.
    const saysReply = REPLY_LABEL.test(visibleText(post, selectors.text));
    return {
      kind: answersFocal || saysReply ? 'reply' : 'post',
      postId,
      ...(answersFocal
        ? { parentId: focalId, parentPermalink: `${url.origin}${url.pathname.replace(/\/$/, '')}` }
        : {}),
      permalink: permalink?.replace(/\/(photo|analytics)\/.*$/, ''),
      authorName: textOf(post, selectors.displayName),
      authorHandle: handle,
      authorUrl,
      // Links hide their scheme in an aria-hidden span: visible text leaves it out.
      text: textOf(post, selectors.text),
      published: publicationTime(
        {
          datetime: time?.getAttribute('datetime'),
          label: timeLink?.getAttribute('aria-label') ?? timeLink?.textContent,
        },
        now,
      ),
      mediaUrls: mediaOf(post, selectors.photo, url),
    };
  },
};
