export interface TargetHints {
  /** The element the user right-clicked, when a content script saw the click. */
  clicked?: Element | null;
  linkUrl?: string;
  mediaUrl?: string;
  useSelection: boolean;
}

/**
 * Finds the element a capture is about. The element the user right-clicked is best; when it
 * was not seen (the script was injected after the click), the link or media the browser
 * reported, found by its URL when exactly one element has it; then the selection.
 */
export function locateTarget(document: Document, hints: TargetHints): Element | null {
  if (hints.clicked?.isConnected) return hints.clicked;
  const byUrl = hints.mediaUrl
    ? uniqueElement(document, 'img, video, audio, source', (element) =>
        [element.getAttribute('src'), (element as HTMLImageElement).currentSrc].some(
          (source) => source && sameUrl(source, hints.mediaUrl!, document),
        ),
      )
    : hints.linkUrl
      ? uniqueElement(document, 'a[href]', (element) =>
          sameUrl(element.getAttribute('href')!, hints.linkUrl!, document),
        )
      : null;
  if (byUrl) return byUrl;
  if (hints.useSelection) return selectionElement(document);
  return null;
}

/** The one element matching, a `<source>` counting as its media element; null if not one. */
function uniqueElement(
  document: Document,
  selector: string,
  matches: (element: Element) => boolean,
): Element | null {
  const found = new Set(
    Array.from(document.querySelectorAll(selector))
      .filter(matches)
      .map((element) => (element.localName === 'source' ? element.parentElement! : element)),
  );
  return found.size === 1 ? found.values().next().value! : null;
}

function sameUrl(candidate: string, wanted: string, document: Document): boolean {
  try {
    return new URL(candidate, document.baseURI).href === new URL(wanted).href;
  } catch {
    return false;
  }
}

function selectionElement(document: Document): Element | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const node = selection.getRangeAt(0).commonAncestorContainer;
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}
