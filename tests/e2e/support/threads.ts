import type { BrowserContext, Page, Worker } from '@playwright/test';
import path from 'node:path';
import type { PNG } from 'pngjs';
import { canonicalJson } from '../../../lib/evidence/canonical-json';
import { EvidenceReader } from './evidence';
import { serveFixture, type Desktop } from './extension-test';
import { decodePng, pixelAt, sameRegion, sha256 } from './pictures';

// The worker's `chrome` global, as seen from code evaluated inside it.
declare const chrome: {
  contextMenus: { update(id: string, change: object, done: () => void): void };
  runtime: { lastError?: unknown };
  storage: { local: { set(values: object): Promise<void> } };
};

export const THREAD_FIXTURES = 'tests/fixtures/threads';

/** Right-clicks a post and picks « Capturer tout le fil », the second item of Témoin's group. */
export async function captureThread(desktop: Desktop, page: Page, selector: string) {
  await desktop.rightClick(selector);
  await page.waitForTimeout(250);
  await desktop.press('Up', 'Up', 'Up', 'Right', 'Down', 'Return');
}

/**
 * Right-clicks a post and picks the item at `position` (0 for the first) of Témoin's group in
 * the real native menu: the group is the third item from the bottom on a page.
 */
export async function chooseModeration(
  desktop: Desktop,
  page: Page,
  selector: string,
  position: number,
) {
  await desktop.rightClick(selector);
  await page.waitForTimeout(250);
  await desktop.press('Up', 'Up', 'Up', 'Right');
  // The submenu takes a moment to open under load.
  await page.waitForTimeout(300);
  await desktop.press(...Array<string>(position).fill('Down'), 'Return');
}

/** Opens the evidence reader, then a thread fixture served at its real address. */
export async function openThreadPage(
  { context, extensionId, page }: { context: BrowserContext; extensionId: string; page: Page },
  url: string,
  file: string,
): Promise<EvidenceReader> {
  const evidence = await EvidenceReader.open(context, extensionId);
  await serveFixture(context, url, path.resolve(THREAD_FIXTURES, file));
  await page.goto(url);
  await page.bringToFront();
  return evidence;
}

/** The stored thread once it is no longer running (sealed), else undefined. */
export async function finishedThread(evidence: EvidenceReader) {
  return (await storedThreads(evidence)).threads.find((thread) => thread.status !== 'running');
}

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
  const [threads, screens, posts, files] = await Promise.all([
    read('threads'),
    read('threadScreens'),
    read('threadPosts'),
    read('threadFiles'),
  ]);
  return { threads, screens, posts, files };
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

/**
 * The stitched picture's parts, top to bottom, after checking each one's hash and that it
 * names the screens it was cut from by their hashes.
 */
export function stitchedParts(files: Row[], screens: Row[]) {
  const screenHashes = new Set(screens.map((screen) => screen.seal!.sha256));
  const parts = files
    .filter((file) => file.role === 'stitched')
    .sort((a, b) => Number(a.order) - Number(b.order));
  for (const part of parts) {
    const bytes = Buffer.from(String(part.base64), 'base64');
    if (sha256(bytes) !== part.sha256) throw new Error(`Part ${part.order}: wrong hash`);
    if (!(part.derivedFrom as string[]).every((hash) => screenHashes.has(hash))) {
      throw new Error(`Part ${part.order}: cut from an unknown screen`);
    }
  }
  return parts.map((part) => decodePng(Buffer.from(String(part.base64), 'base64')));
}

/** The bands of rows (top, height) whose pixel at column x is the colour. */
export function bandsOfColour(parts: PNG[], x: number, colour: [number, number, number]) {
  const bands: Array<{ top: number; height: number }> = [];
  let offset = 0;
  for (const part of parts) {
    for (let y = 0; y < part.height; y += 1) {
      const same = pixelAt(part, x, y).every((value, channel) => value === colour[channel]);
      const last = bands.at(-1);
      if (same && last && last.top + last.height === offset + y) last.height += 1;
      else if (same) bands.push({ top: offset + y, height: 1 });
    }
    offset += part.height;
  }
  return bands;
}

/**
 * The posts whose crop file is missing, wrongly hashed, not from its screen, or not the very
 * pixels of its sealed area in that screen.
 */
export function badCrops(posts: Row[], screens: Row[], files: Row[]): unknown[] {
  const crops = new Map(
    files.filter((file) => file.role === 'post-crop').map((file) => [file.order, file]),
  );
  return posts
    .filter((post) => post.cropArea)
    .filter((post) => {
      const crop = crops.get(post.order);
      const screen = screens.find((one) => one.index === post.screenIndex);
      if (!crop || !screen) return true;
      const bytes = Buffer.from(String(crop.base64), 'base64');
      const area = post.cropArea as { x: number; y: number };
      return (
        sha256(bytes) !== crop.sha256 ||
        (crop.derivedFrom as string[])[0] !== screen.seal!.sha256 ||
        !sameRegion(
          decodePng(bytes),
          decodePng(Buffer.from(String(screen.base64), 'base64')),
          area.x,
          area.y,
        )
      );
    })
    .map((post) => post.order);
}

/** Clicks a button of the thread overlay (a closed shadow root) as a person would. */
export async function clickOverlayButton(page: Page, label: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const button = findButton(root as DomNode, label);
    if (!button) return false;
    // Until the overlay is laid out, look again at once, for a second. (It stays in place,
    // transparent, while a screen is shot, so a click then still reaches it.)
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const { model } = await cdp
        .send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })
        .catch(() => ({ model: null }));
      if (model && model.width > 0) {
        const [x1, y1, , , x3, y3] = model.content;
        await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
        return true;
      }
      await page.waitForTimeout(10);
    }
    return false;
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

/** Every text the page shows, its closed shadow roots (the thread overlay) included. */
export async function pageTexts(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const texts: string[] = [];
    const walk = (node: DomNode) => {
      if (node.nodeName === '#text' && node.nodeValue) texts.push(node.nodeValue);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
    };
    walk(root as DomNode);
    return texts.join('\n');
  } finally {
    await cdp.detach();
  }
}
