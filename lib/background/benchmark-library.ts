import { canonicalJson } from '../evidence/canonical-json';
import type { CaptureMetadata } from '../evidence/capture-metadata';
import type { EvidenceDatabase, FileRecord } from '../evidence/database';
import { captureRecordOf, saveCapture, type UnsealedMetadata } from '../evidence/save-capture';
import { sha256Hex } from '../evidence/sha256';
import type { ThreadPostRecord, ThreadScreenRecord } from '../thread/thread-records';

const START = Date.UTC(2026, 0, 1);
const THREAD_POSTS = 200;
const POSTS_PER_SCREEN = 8;
/** How many records one bulk transaction writes while seeding. */
const CHUNK = 1_000;
/** Saves timed one by one at each end of the seeding: the first and the last inserts. */
const TIMED = 20;
/** How long the store is left alone before the last saves are timed again. */
const SETTLE_MS = 10_000;

const at = (index: number) => new Date(START + index * 60_000).toISOString();
const author = (index: number) => `compte_${index % 997}`;

/** One synthetic capture of a post, numbered so a search can find exactly one. */
export function syntheticMetadata(index: number): UnsealedMetadata {
  const time = at(index);
  return {
    schema: 'temoin.capture/1',
    id: crypto.randomUUID(),
    time: {
      capturedAt: time,
      requestedAt: time,
      timeZone: 'Europe/Paris',
      utcOffset: '+01:00',
      localTime: time,
      source: 'device-clock',
    },
    trigger: 'context-menu',
    page: {
      url: `https://forum.exemple/fil/${index}`,
      title: `Fil ${index} : message numéro ${index}`,
      viewport: { width: 1280, height: 800 },
      devicePixelRatio: 1,
    },
    target: { crop: 'no-post-found' },
    post: {
      platform: 'x',
      extractor: 'x',
      kind: 'post',
      authorHandle: `@${author(index)}`,
      permalink: `https://x.com/${author(index)}/status/${index}`,
      text: `Message numéro ${index} : tais-toi, personne ne t'écoute`,
      published: { kind: 'unknown' },
      mediaUrls: [],
      missing: [],
    },
    environment: {
      browserName: 'Chromium',
      browserVersion: 'bench',
      userAgent: 'bench',
      extensionVersion: 'bench',
    },
  };
}

/**
 * Fills the store with `total` items, half single captures and half posts of 200-post threads
 * (about 8 posts a screen), newest last. The first 20 and the last 20 captures are saved one
 * by one as a capture is, and timed; the rest go in bulk transactions of a thousand, so
 * seeding 100,000 stays a matter of a minute or two. Returns each timed save's duration; the
 * last ones are timed twice: at once after the bulk writes, and after the store is left
 * alone for 10 s (the browser's store tidies itself after many writes, whatever they were).
 */
export async function populateLibrary(
  database: EvidenceDatabase,
  { total, image }: { total: number; image: Blob },
): Promise<{ first: number[]; last: number[]; settled: number[] }> {
  const imageSha256 = await sha256Hex(image);
  const timedSave = async (index: number) => {
    const start = performance.now();
    await saveCapture({
      database,
      metadata: syntheticMetadata(index),
      files: [{ role: 'page-screenshot', blob: image, width: 1280, height: 800 }],
    });
    return performance.now() - start;
  };
  const first: number[] = [];
  for (let index = 0; index < TIMED; index += 1) first.push(await timedSave(index));
  let index = TIMED;
  // Alternating blocks of 200 captures and one 200-post thread, until the last timed saves.
  for (let block = 0; index < total - TIMED; block += 1) {
    const size = Math.min(THREAD_POSTS, total - TIMED - index);
    if (block % 2 === 0) await bulkCaptures(database, index, size, image, imageSha256);
    else await bulkThread(database, index, size, image, imageSha256);
    index += size;
  }
  const last: number[] = [];
  for (; index < total; index += 1) last.push(await timedSave(index));
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const settled: number[] = [];
  for (let more = 0; more < TIMED; more += 1) settled.push(await timedSave(total + more));
  return { first, last, settled };
}

async function bulkCaptures(
  database: EvidenceDatabase,
  from: number,
  count: number,
  image: Blob,
  sha256: string,
): Promise<void> {
  for (let start = from; start < from + count; start += CHUNK) {
    const records = await Promise.all(
      Array.from({ length: Math.min(CHUNK, from + count - start) }, async (_, offset) => {
        const sealed: CaptureMetadata = {
          ...syntheticMetadata(start + offset),
          files: [
            {
              role: 'page-screenshot',
              mimeType: image.type,
              byteLength: image.size,
              width: 1280,
              height: 800,
              sha256,
            },
          ],
        };
        return captureRecordOf(sealed, await sha256Hex(canonicalJson(sealed)));
      }),
    );
    const files: FileRecord[] = records.map((record) => ({
      id: `${record.id}/page-screenshot`,
      captureId: record.id,
      role: 'page-screenshot',
      mimeType: image.type,
      blob: image,
      sha256,
    }));
    await database.transaction('rw', database.captures, database.files, async () => {
      await database.captures.bulkAdd(records);
      await database.files.bulkAdd(files);
    });
  }
}

/** A sealed thread of `count` posts, its screens and posts written in one transaction. */
async function bulkThread(
  database: EvidenceDatabase,
  from: number,
  count: number,
  image: Blob,
  sha256: string,
): Promise<void> {
  const threadId = crypto.randomUUID();
  const startedAt = at(from);
  const screens: ThreadScreenRecord[] = [];
  for (let index = 0; index * POSTS_PER_SCREEN < count; index += 1) {
    const seal: ThreadScreenRecord['seal'] = {
      schema: 'temoin.thread-screen/1',
      threadId,
      index,
      capturedAt: startedAt,
      scrollTop: index * 700,
      scrollHeight: 700 * Math.ceil(count / POSTS_PER_SCREEN),
      viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
      pageMoved: 0,
      mimeType: image.type,
      byteLength: image.size,
      width: 1280,
      height: 800,
      sha256,
    };
    const sealSha256 = await sha256Hex(canonicalJson(seal));
    screens.push({
      id: `${threadId}/screen/${index}`,
      threadId,
      index,
      blob: image,
      seal,
      sealSha256,
    });
  }
  const posts: ThreadPostRecord[] = Array.from({ length: count }, (_, order) => {
    const metadata = syntheticMetadata(from + order);
    return {
      id: `${threadId}/post/${order}`,
      threadId,
      key: `link:${metadata.post!.permalink!}`,
      order,
      details: metadata.post!,
      screenIndex: Math.floor(order / POSTS_PER_SCREEN),
      cropArea: { x: 0, y: (order % POSTS_PER_SCREEN) * 100, width: 600, height: 100 },
      whole: true,
    };
  });
  const seal = {
    schema: 'temoin.thread/1' as const,
    id: threadId,
    status: 'complete' as const,
    end: 'end-of-thread' as const,
    startedAt,
    endedAt: at(from + count - 1),
    url: `https://x.com/fil/${from}`,
    title: `Fil de ${count} messages`,
    platform: 'x',
    screens: screens.map((screen) => ({
      index: screen.index,
      sha256: screen.seal.sha256,
      sealSha256: screen.sealSha256,
    })),
    posts: posts.map((post) => post.key),
  };
  const sealSha256 = await sha256Hex(canonicalJson(seal));
  await database.transaction(
    'rw',
    [database.threads, database.threadScreens, database.threadPosts],
    async () => {
      await database.threads.add({
        id: threadId,
        status: 'complete',
        startedAt,
        url: seal.url,
        title: seal.title,
        platform: 'x',
        scroller: 'page',
        endedAt: seal.endedAt,
        end: 'end-of-thread',
        seal,
        sealSha256,
      });
      await database.threadScreens.bulkAdd(screens);
      await database.threadPosts.bulkAdd(posts);
    },
  );
}
