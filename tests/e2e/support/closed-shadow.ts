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

interface DomNode {
  nodeType: number;
  nodeValue?: string;
  shadowRootType?: string;
  shadowRoots?: DomNode[];
  children?: DomNode[];
}
