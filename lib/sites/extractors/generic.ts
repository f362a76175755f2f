import type { PostExtractor } from '../extractor';
import { findPostContainer } from '../find-post-container';
import { publicationTime } from '../relative-time';
import { visibleText } from '../visible-text';
import { absolute, attributeOf, linkOf, mediaOf, textOf } from './read';

// Standards any site may use: microformats h-entry, schema.org, rel=author/bookmark, <time>.
const selectors = {
  permalink: 'a.u-url[href], a[rel~="bookmark"][href], [itemprop="url"][href]',
  author:
    '.p-author .p-name, .p-author, [rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .author',
  authorLink:
    '.p-author[href], .p-author a[href], a[rel~="author"][href], [itemprop="author"] a[href]',
  text: '.e-content, .p-summary, [itemprop="articleBody"], [itemprop="text"]',
  time: 'time[datetime], [itemprop="datePublished"][datetime], .dt-published[datetime]',
  media: 'img.u-photo, video[src], video source[src], [itemprop="image"][src]',
} as const;

/**
 * The extractor for every other site, and the fallback when a platform's own extractor finds
 * nothing: it reads the standards pages use to describe posts, then the page's own metadata
 * (rel=canonical, OpenGraph, JSON-LD) for a post that is the page itself.
 */
export const genericExtractor: PostExtractor = {
  platform: 'web',
  label: 'Web',
  selectors,
  fixtureMatches: {},
  // The fallback reads any page.
  handles: () => true,
  container: (target) => findPostContainer(target)?.element ?? null,
  extract(container, { document, url, now }) {
    const time = container.querySelector(selectors.time);
    const isWholePage = !container.parentElement?.closest('article, [role="article"]');
    const linkedData = isWholePage ? pageLinkedData(document) : {};
    return {
      permalink:
        linkOf(container, selectors.permalink, url) ??
        (time?.closest('a') ? absolute(time.closest('a')!.getAttribute('href'), url) : undefined),
      authorName: textOf(container, selectors.author) ?? linkedData.author,
      authorUrl: linkOf(container, selectors.authorLink, url),
      text: textOf(container, selectors.text) ?? (visibleText(container) || undefined),
      published: publicationTime(
        {
          datetime: time?.getAttribute('datetime') ?? linkedData.datePublished,
          label: time?.textContent,
        },
        now,
      ),
      mediaUrls: mediaOf(container, selectors.media, url),
      title: isWholePage
        ? (linkedData.headline ?? attributeOf(document, 'meta[property="og:title"]', 'content'))
        : undefined,
    };
  },
};

interface LinkedData {
  author?: string;
  datePublished?: string;
  headline?: string;
}

/** The first schema.org posting described in the page's JSON-LD, if any. */
function pageLinkedData(document: Document): LinkedData {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      const items = (Array.isArray(data) ? data : [data]) as Array<Record<string, unknown>>;
      const post = items.find((item) =>
        /Posting|Article|Comment/.test(String(item?.['@type'] ?? '')),
      );
      if (!post) continue;
      const author = post.author as { name?: string } | Array<{ name?: string }> | undefined;
      return {
        author: Array.isArray(author) ? author[0]?.name : author?.name,
        datePublished: typeof post.datePublished === 'string' ? post.datePublished : undefined,
        headline: typeof post.headline === 'string' ? post.headline : undefined,
      };
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return {};
}
