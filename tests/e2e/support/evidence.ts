import type { BrowserContext, Page } from '@playwright/test';
import type { CaptureRecord } from '../../../lib/evidence/database';

export interface StoredFile {
  id: string;
  captureId: string;
  role: string;
  mimeType: string;
  sha256: string;
  derivedFrom?: string;
  bytes: Buffer;
}

/** Which records to read: a whole store, or one capture's entries in it. */
export interface StoreQuery {
  store: string;
  captureId?: string;
  /** The evidence database unless named: the practice captures live in their own. */
  database?: string;
}

type StoredRecord = Record<string, unknown>;

/**
 * Reads the evidence database as it really is, from one of the extension's own pages, with
 * the raw IndexedDB API: what the test sees is what is on disk, not what the code says. The
 * page is a Playwright page in Chromium and a Puppeteer page in Firefox.
 */
export class EvidenceReader<Tab extends { close(): Promise<unknown> } = Page> {
  constructor(
    readonly page: Tab,
    private readonly read: (query: StoreQuery) => Promise<StoredRecord[]>,
  ) {}

  static async open(
    context: BrowserContext,
    extensionId: string,
    database?: string,
  ): Promise<EvidenceReader> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new EvidenceReader(page, (query) =>
      page.evaluate(readStoreInPage, database ? { ...query, database } : query),
    );
  }

  async captures(): Promise<CaptureRecord[]> {
    return (await this.read({ store: 'captures' })) as unknown as CaptureRecord[];
  }

  async files(captureId: string): Promise<StoredFile[]> {
    const files = await this.read({ store: 'files', captureId });
    return files.map(({ base64, isBlob, blob: _blob, ...rest }) => {
      if (!isBlob) throw new Error(`File ${String(rest.id)} is not stored as a Blob`);
      return {
        ...(rest as Omit<StoredFile, 'bytes'>),
        bytes: Buffer.from(String(base64), 'base64'),
      };
    });
  }

  /** A capture's custody log, in order. */
  async custody(captureId: string): Promise<StoredRecord[]> {
    const entries = await this.read({ store: 'custody', captureId });
    return entries.sort((left, right) => Number(left.index) - Number(right.index));
  }

  /** Files whose capture record does not exist: a half-written capture would leave these. */
  async orphanFiles(): Promise<string[]> {
    const captureIds = new Set((await this.captures()).map((capture) => capture.id));
    const files = await this.read({ store: 'files' });
    return files
      .filter((file) => !captureIds.has(String(file.captureId)))
      .map((file) => String(file.id));
  }

  async close() {
    await this.page.close();
  }
}

/**
 * Runs inside an extension page: reads a whole store, or a capture's files, turning Blobs
 * into base64 to cross over. It must use nothing from outside its own body.
 */
export async function readStoreInPage({
  store,
  captureId,
  database: name = 'temoin-evidence',
}: StoreQuery): Promise<StoredRecord[]> {
  const records = await new Promise<StoredRecord[]>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const database = request.result;
      // Closed once read: an open connection would block the extension deleting the store.
      if (!database.objectStoreNames.contains(store)) {
        database.close();
        return resolve([]);
      }
      const objects = database.transaction(store).objectStore(store);
      const all = captureId ? objects.index('captureId').getAll(captureId) : objects.getAll();
      database.close();
      all.onsuccess = () => resolve(all.result);
      all.onerror = () => reject(all.error);
    };
  });
  return Promise.all(
    records.map(async (record) => {
      if (!('blob' in record)) return record;
      const blob = record.blob;
      const bytes = new Uint8Array(await (blob as Blob).arrayBuffer());
      let binary = '';
      for (let offset = 0; offset < bytes.length; offset += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
      }
      return { ...record, blob: null, isBlob: blob instanceof Blob, base64: btoa(binary) };
    }),
  );
}
