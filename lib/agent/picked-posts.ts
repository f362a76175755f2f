const PICKED = Symbol.for('temoin.picked-posts');

type Holder = Window & { [PICKED]?: Map<string, Element> };

/**
 * Hands a post the selection chose to the page agent, which describes and crops it as if it
 * had been right-clicked. Both run in the extension's isolated world of the page, so they
 * share this window object and nothing of it is visible to the page.
 */
export function pickPost(window: Window, element: Element): string {
  const holder = window as Holder;
  const picked = (holder[PICKED] ??= new Map());
  const token = crypto.randomUUID();
  picked.clear();
  picked.set(token, element);
  return token;
}

/** The post picked under that token, once: a token names one capture. */
export function takePickedPost(window: Window, token: string): Element | null {
  const picked = (window as Holder)[PICKED];
  const element = picked?.get(token) ?? null;
  picked?.delete(token);
  return element;
}
