import type { Page, Worker } from '@playwright/test';
import { canonicalJson } from '../../../lib/evidence/canonical-json';
import type { EvidenceReader } from './evidence';
import { sha256 } from './pictures';

// The worker's `chrome` global, as seen from code evaluated inside it.
declare const chrome: {
  contextMenus: { update(id: string, change: object, done: () => void): void };
  runtime: { lastError?: unknown };
  storage: { local: { set(values: object): Promise<void> } };
};

export const THREAD_FIXTURES = 'tests/fixtures/threads';

/** Turns the moderation tools on as the settings page saves them, and waits for the menu. */
export async function enableModeration(worker: Worker, screenLimit = 60) {
  await worker.evaluate(async (limit) => {
    await chrome.storage.local.set({ moderation: { enabled: true, screenLimit: limit } });
  }, screenLimit);
  await waitForThreadMenu(worker);
}

/** The menu is rebuilt when the setting changes: waits for its thread item. */
export async function waitForThreadMenu(worker: Worker) {
  await worker.evaluate(async () => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const exists = await new Promise<boolean>((resolve) =>
        chrome.contextMenus.update('temoin-capture-thread', {}, () =>
          resolve(!chrome.runtime.lastError),
        ),
      );
      if (exists) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The thread menu item was never created');
  });
}

type Row = Record<string, unknown> & { seal?: Record<string, unknown> };

/** The thread records as stored, with their screens and posts. */
export async function storedThreads(evidence: EvidenceReader) {
  const read = (store: string) =>
    evidence.page.evaluate(async (name) => {
      return new Promise<Row[]>((resolve, reject) => {
        const request = indexedDB.open('temoin-evidence');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          if (!database.objectStoreNames.contains(name)) {
            database.close();
            return resolve([]);
          }
          const all = database.transaction(name).objectStore(name).getAll();
          database.close();
          all.onsuccess = async () =>
            resolve(
              await Promise.all(
                (all.result as Row[]).map(async (row) => {
                  if (!(row.blob instanceof Blob)) return row;
                  const bytes = new Uint8Array(await row.blob.arrayBuffer());
                  let binary = '';
                  for (let at = 0; at < bytes.length; at += 0x8000) {
                    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
                  }
                  return { ...row, blob: null, base64: btoa(binary) };
                }),
              ),
            );
          all.onerror = () => reject(all.error);
        };
      });
    }, store);
  const [threads, screens, posts] = await Promise.all([
    read('threads'),
    read('threadScreens'),
    read('threadPosts'),
  ]);
  return { threads, screens, posts };
}

/** Every screen's bytes match its sealed hash, and every seal its own hash. */
export function screensVerify(screens: Row[]): boolean {
  return screens.every((screen) => {
    const seal = screen.seal!;
    return (
      sha256(Buffer.from(String(screen.base64), 'base64')) === seal.sha256 &&
      sha256(canonicalJson(seal)) === screen.sealSha256
    );
  });
}

/** Clicks a button of the thread overlay (a closed shadow root) as a person would. */
export async function clickOverlayButton(page: Page, label: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const button = findButton(root as DomNode, label);
    if (!button) return false;
    const { model } = await cdp
      .send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })
      .catch(() => ({ model: null }));
    if (!model || model.width === 0) return false;
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
    return true;
  } finally {
    await cdp.detach();
  }
}

interface DomNode {
  nodeName: string;
  backendNodeId: number;
  nodeValue?: string;
  shadowRoots?: DomNode[];
  children?: DomNode[];
}

function findButton(node: DomNode, label: string): DomNode | null {
  if (node.nodeName === 'BUTTON' && node.children?.some((child) => child.nodeValue === label)) {
    return node;
  }
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findButton(child, label);
    if (found) return found;
  }
  return null;
}
