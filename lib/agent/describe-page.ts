import type { Rectangle } from '../messaging/page-schemas';
import type { PageFacts, PageReport } from '../messaging/page-channel';
import type { PostDetails } from '../sites/post-details';
import type { PostContainer } from '../sites/find-post-container';

const MAX_SELECTION_LENGTH = 20_000;

/** What the document says about itself: address, canonical address, title, language, viewport. */
export function pageFacts(window: Window): PageFacts {
  const { document } = window;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]');
  return {
    url: window.location.href,
    ...(canonical ? { canonicalUrl: canonical.href } : {}),
    title: document.title,
    ...(document.documentElement.lang ? { language: document.documentElement.lang } : {}),
    viewport: viewportOf(window),
  };
}

/** What the page says about itself and the post under the click, read at the capture. */
export function describePage(
  window: Window,
  read: { container: PostContainer; post: PostDetails } | null,
): Omit<PageReport, 'recorder'> {
  const container = read?.container;
  const selection = window.getSelection()?.toString().trim();
  return {
    ...pageFacts(window),
    ...(selection ? { selectionText: selection.slice(0, MAX_SELECTION_LENGTH) } : {}),
    ...(container
      ? {
          target: {
            tagName: container.element.localName,
            ...(container.element.getAttribute('role')
              ? { role: container.element.getAttribute('role')! }
              : {}),
            recognizedBy: container.recognizedBy,
            rectangle: rectangleOf(container.element),
          },
        }
      : {}),
    ...(read ? { post: read.post } : {}),
  };
}

export function viewportOf(window: Window) {
  return {
    width: window.innerWidth,
    height: window.innerHeight,
    devicePixelRatio: window.devicePixelRatio || 1,
  };
}

export function rectangleOf(element: Element): Rectangle {
  const box = element.getBoundingClientRect();
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}
