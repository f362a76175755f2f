import type { Page } from '@playwright/test';

/**
 * The text inside the page's closed shadow roots (the form filler's panel), read through the
 * DevTools protocol, which sees closed roots that scripts in the page cannot.
 */
export async function closedShadowText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const texts: string[] = [];
    const walk = (node: DomNode, inside: boolean) => {
      if (inside && node.nodeType === 3 && node.nodeValue?.trim())
        texts.push(node.nodeValue.trim());
      for (const shadow of node.shadowRoots ?? [])
        walk(shadow, inside || shadow.shadowRootType === 'closed');
      for (const child of node.children ?? []) walk(child, inside);
    };
    walk(root as DomNode, false);
    return texts.join('\n');
  } finally {
    await cdp.detach();
  }
}

/**
 * Where a button inside the page's closed shadow roots is, in the page's viewport (CSS
 * pixels), found by its text: what a person sees and clicks. Null when it is not drawn.
 */
export async function closedShadowButton(
  page: Page,
  label: string,
): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const find = (node: DomNode): DomNode | undefined =>
      node.nodeName === 'BUTTON' && node.children?.some((child) => child.nodeValue === label)
        ? node
        : [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(find).find(Boolean);
    const button = find(root as DomNode);
    if (!button) return null;
    const { model } = await cdp
      .send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })
      .catch(() => ({ model: null }));
    if (!model) return null;
    const [left, top, right, , , bottom] = model.border;
    return { x: left!, y: top!, width: right! - left!, height: bottom! - top! };
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  backendNodeId: number;
  nodeValue?: string;
  shadowRootType?: string;
  shadowRoots?: DomNode[];
  children?: DomNode[];
}
