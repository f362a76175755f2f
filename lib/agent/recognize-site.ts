import type { PageReport } from '../messaging/page-channel';
import { extractPostWith } from '../sites/extract-post-with';
import type { PostExtractor } from '../sites/extractor';

/**
 * On a page where the recorder did not run (a site not enabled), the platform its markup
 * shows (a Mastodon instance, say), and the post under the pointer, to tell the person what
 * enabling the site would record. The pointer is where the right-click was when the menu item
 * was chosen by keyboard, and nowhere useful when it was chosen with the mouse: a hint for the
 * confirmation, never evidence.
 */
export function recognizeSite(
  window: Window,
  now: Date,
  extractors: readonly PostExtractor[],
): PageReport['recognized'] {
  const { document } = window;
  const url = new URL(window.location.href);
  const platform = extractors.find((extractor) => {
    try {
      return extractor.handles(url, document);
    } catch {
      return false;
    }
  });
  if (!platform) return undefined;
  const pointed = Array.from(document.querySelectorAll(':hover')).at(-1);
  const read = pointed ? extractPostWith(extractors, pointed, { document, url, now }) : null;
  return {
    platform: platform.platform,
    ...(read?.details.extractor === platform.platform ? { post: read.details } : {}),
  };
}
