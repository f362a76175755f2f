import { openEvidenceDatabase, type EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import type { PostDetails } from '../sites/post-details';
import { pngOf, samePixelsInNode } from '../verification/testing/png-pixels';
import type { ThreadFileRecord } from './thread-records';
import { openThread, sealThread, storeScreen } from './thread-store';
import { verifyThread } from './verify-thread';

const details: PostDetails = {
  platform: 'reddit',
  extractor: 'reddit',
  kind: 'comment',
  published: { kind: 'unknown' },
  mediaUrls: [],
  missing: [],
};
const colour = (screen: number) => (x: number, y: number) =>
  [(x * 7 + screen) % 256, (y * 3) % 256, screen * 40, 255] as [number, number, number, number];
const area = { x: 4, y: 10, width: 20, height: 12 };
const png = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)], { type: 'image/png' });

/** A sealed thread of two 40 × 30 screens, one post on each with its crop cut by pngjs. */
async function sealedThread(): Promise<{ database: EvidenceDatabase; id: string }> {
  const database = openEvidenceDatabase(`verify-${crypto.randomUUID()}`);
  const id = crypto.randomUUID();
  await openThread(database, {
    id,
    url: 'https://r.test/',
    title: 'Fil',
    platform: 'reddit',
    scroller: 'page',
  });
  for (const index of [0, 1]) {
    const blob = png(pngOf(40, 30, colour(index)));
    const cropBytes = pngOf(area.width, area.height, (x, y) =>
      colour(index)(x + area.x, y + area.y),
    );
    await storeScreen(
      database,
      {
        threadId: id,
        index,
        capturedAt: new Date().toISOString(),
        scrollTop: index * 25,
        scrollHeight: 55,
        viewport: { width: 40, height: 30, devicePixelRatio: 1 },
        pageMoved: 0,
        blob,
        width: 40,
        height: 30,
      },
      [
        {
          key: `post-${index}`,
          order: index,
          details,
          screenIndex: index,
          whole: true,
          cropArea: area,
        },
      ],
      async (screen): Promise<ThreadFileRecord[]> => {
        const crop = png(cropBytes);
        return [
          {
            id: `${id}/post-crop/${index}`,
            threadId: id,
            role: 'post-crop',
            order: index,
            mimeType: 'image/png',
            blob: crop,
            width: area.width,
            height: area.height,
            sha256: await sha256Hex(crop),
            derivedFrom: [screen.sha256],
            geometry: [{ screenIndex: index, source: area, targetY: 0 }],
          },
        ];
      },
    );
  }
  await sealThread(database, id, 'end-of-thread');
  return { database, id };
}

describe('« Vérifier » for a thread', () => {
  it('finds an untouched thread intact and every crop cut again pixel for pixel', async () => {
    const { database, id } = await sealedThread();
    expect(await verifyThread(database, id, samePixelsInNode)).toEqual({
      intact: true,
      cropsReproduced: 2,
      problems: [],
    });
  });

  it.each([
    [
      'a screen whose bytes changed',
      async (database: EvidenceDatabase, id: string) =>
        database.threadScreens.update(`${id}/screen/1`, {
          blob: png(pngOf(40, 30, colour(5))),
        }),
      [
        { reason: 'screen-hash-mismatch', subject: { kind: 'screen', order: 1 } },
        { reason: 'crop-differs', subject: { kind: 'post-crop', order: 1 } },
      ],
    ],
    [
      'a crop redrawn, even with its hash made again',
      async (database: EvidenceDatabase, id: string) => {
        const forged = png(pngOf(area.width, area.height, colour(9)));
        await database.threadFiles.update(`${id}/post-crop/0`, {
          blob: forged,
          sha256: await sha256Hex(forged),
        });
      },
      [{ reason: 'crop-differs', subject: { kind: 'post-crop', order: 0 } }],
    ],
    [
      'a thread seal edited',
      async (database: EvidenceDatabase, id: string) => {
        const thread = (await database.threads.get(id))!;
        await database.threads.update(id, { seal: { ...thread.seal!, title: 'Autre' } });
      },
      [{ reason: 'thread-seal-mismatch', subject: { kind: 'thread', order: 0 } }],
    ],
    [
      'a screen deleted',
      async (database: EvidenceDatabase, id: string) =>
        database.threadScreens.delete(`${id}/screen/1`),
      [
        { reason: 'screen-missing', subject: { kind: 'screen', order: 1 } },
        { reason: 'file-from-unknown-screen', subject: { kind: 'post-crop', order: 1 } },
        { reason: 'crop-missing', subject: { kind: 'post-crop', order: 1 } },
      ],
    ],
  ])('names %s', async (_case, tamper, problems) => {
    const { database, id } = await sealedThread();
    await tamper(database, id);
    const verification = await verifyThread(database, id, samePixelsInNode);
    expect(verification.intact).toBe(false);
    expect(verification.problems).toEqual(problems);
  });
});
