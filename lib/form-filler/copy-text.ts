/**
 * Puts text on the clipboard. The async clipboard needs focus and permission that a page may
 * deny; the old way (a selected textarea and `execCommand('copy')`) still works from a click.
 * The textarea goes in `container` (the panel's shadow root) so the page never sees it.
 */
export async function copyText(
  document: Document,
  container: ShadowRoot | Element,
  text: string,
): Promise<boolean> {
  try {
    await document.defaultView!.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyThroughSelection(document, container, text);
  }
}

function copyThroughSelection(
  document: Document,
  container: ShadowRoot | Element,
  text: string,
): boolean {
  if (typeof document.execCommand !== 'function') return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  container.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
