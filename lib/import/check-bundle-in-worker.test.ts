import { openEvidenceDatabase, type EvidenceDatabase } from '../evidence/database';
import { pngOf, samePixelsInNode } from '../verification/testing/png-pixels';
import { checkBundleInWorker, type CheckWorker } from './check-bundle-in-worker';
import { serveBundleChecks } from './serve-bundle-checks';
import { CROP_AREA, exportedBundle, storeCaptureWithCrop } from './testing/exported-bundle';
import { resealSums, zipFiles } from './testing/make-bundle';

/**
 * The page's side and the worker's side joined by a real MessageChannel, so every answer is
 * cloned across as a worker's would be (Blobs and Maps included) and checked on arrival.
 */
function channel(): { worker: CheckWorker; terminated: () => boolean } {
  const { port1: page, port2: inWorker } = new MessageChannel();
  serveBundleChecks(inWorker, samePixelsInNode);
  let terminated = false;
  page.start();
  inWorker.start();
  const worker: CheckWorker = {
    postMessage: (message) => page.postMessage(message),
    addEventListener: (type: string, listener: (event: never) => void) =>
      page.addEventListener(type as 'message', listener as (event: MessageEvent) => void),
    terminate: () => {
      terminated = true;
      page.close();
      inWorker.close();
    },
  };
  return { worker, terminated: () => terminated };
}

describe('the bundle check in a worker', () => {
  let database: EvidenceDatabase;
  let ids: string[];
  beforeEach(async () => {
    database = openEvidenceDatabase(`worker-${crypto.randomUUID()}`);
    ids = [await storeCaptureWithCrop(database)];
  });
  afterEach(async () => {
    await database.delete();
  });

  it('hands back a real export as verified, its files as Blobs, and stops the worker', async () => {
    const { zip } = await exportedBundle(database, ids);
    const { worker, terminated } = channel();
    const progress: number[] = [];
    const result = await checkBundleInWorker(worker, zip, {
      onProgress: (done) => progress.push(done),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [capture] = result.captures;
    expect(capture!.exported.captureId).toBe(ids[0]);
    expect(capture!.custody.map((entry) => entry.kind)).toEqual([
      'capture',
      'category',
      'note',
      'export',
    ]);
    expect([...capture!.files.keys()].sort()).toEqual([
      'page-screenshot',
      'post-crop',
      'thumbnail',
    ]);
    expect(capture!.files.get('post-crop')).toBeInstanceOf(Blob);
    expect(progress.at(-1)).toBeGreaterThan(5);
    expect(terminated()).toBe(true);
  });

  it('names a replaced crop, cut again from the screenshot inside the worker', async () => {
    const { files } = await exportedBundle(database, ids);
    const crop = [...files.keys()].find((name) => name.endsWith('post-crop.png'))!;
    files.set(
      crop,
      pngOf(CROP_AREA.width, CROP_AREA.height, () => [255, 0, 0, 255]),
    );
    await resealSums(files);
    const result = await checkBundleInWorker(channel().worker, await zipFiles(files));
    expect(
      result.ok ? [] : result.problems.map(({ reason, path }) => [reason, path]),
    ).toContainEqual(['crop-differs', crop]);
  });

  it('rejects at once when cancelled, and stops the worker', async () => {
    const { zip } = await exportedBundle(database, ids);
    const { worker, terminated } = channel();
    const controller = new AbortController();
    const pending = checkBundleInWorker(worker, zip, { signal: controller.signal });
    controller.abort(new Error('Annulé'));
    await expect(pending).rejects.toThrow('Annulé');
    expect(terminated()).toBe(true);
  });

  it('refuses an answer that does not follow the protocol', async () => {
    const { port1: page, port2: fake } = new MessageChannel();
    fake.addEventListener('message', () => fake.postMessage({ type: 'verdict', verification: 1 }));
    fake.start();
    page.start();
    const worker: CheckWorker = {
      postMessage: (message) => page.postMessage(message),
      addEventListener: (type: string, listener: (event: never) => void) =>
        page.addEventListener(type as 'message', listener as (event: MessageEvent) => void),
      terminate: () => page.close(),
    };
    await expect(checkBundleInWorker(worker, new Blob([]))).rejects.toThrow();
  });
});
