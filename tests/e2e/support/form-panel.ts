import type { Page } from '@playwright/test';
import type { PanelLineSeen } from '../../unit/pharos-form-judge';

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  shadowRootType?: string;
  shadowRoots?: DomNode[];
  children?: DomNode[];
}

const attributeOf = (node: DomNode, name: string) => {
  const index = node.attributes?.indexOf(name) ?? -1;
  return index >= 0 && index % 2 === 0 ? node.attributes![index + 1] : undefined;
};

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function all(node: DomNode, found: (node: DomNode) => boolean): DomNode[] {
  const children = [...(node.shadowRoots ?? []), ...(node.children ?? [])];
  return [...(found(node) ? [node] : []), ...children.flatMap((child) => all(child, found))];
}

const hasClass = (name: string) => (node: DomNode) =>
  (attributeOf(node, 'class') ?? '').split(' ').includes(name);

/**
 * The form filler's panel lines, read through the DevTools protocol, which sees the closed
 * shadow root that scripts in the page cannot: each value's key, state and the form's labels.
 */
export async function readFormPanel(page: Page): Promise<PanelLineSeen[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const lines = all(
      root as DomNode,
      (node) => node.nodeName === 'LI' && !!attributeOf(node, 'data-key'),
    );
    return lines.map((line) => {
      const state = all(line, hasClass('state'))[0];
      return {
        key: attributeOf(line, 'data-key')!,
        state: attributeOf(line, 'data-state')!,
        fields: all(line, hasClass('place')).map(textOf),
        text: state ? textOf(state) : '',
      };
    });
  } finally {
    await cdp.detach();
  }
}

/** Clicks a button of the panel by its accessible name, with the real mouse at its place. */
export async function clickPanelButton(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const [button] = all(
      root as DomNode,
      (node) => node.nodeName === 'BUTTON' && attributeOf(node, 'aria-label') === label,
    );
    if (!button) throw new Error(`No panel button « ${label} »`);
    const { model } = await cdp.send('DOM.getBoxModel', {
      nodeId: (button as DomNode & { nodeId: number }).nodeId,
    });
    const [left, top, , , right, bottom] = model.content;
    await page.mouse.click((left! + right!) / 2, (top! + bottom!) / 2);
  } finally {
    await cdp.detach();
  }
}
