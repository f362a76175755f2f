import { openEvidenceDatabase, type EvidenceDatabase } from '../../evidence/database';
import { sha256Hex } from '../../evidence/sha256';
import type { PostDetails } from '../../sites/post-details';
import { pngOf } from '../../verification/testing/png-pixels';
import type { ThreadFileRecord } from '../thread-records';
import { openThread, sealThread, storeScreen, type Stitch } from '../thread-store';

const details = (index: number): PostDetails => ({
  platform: 'reddit',
  extractor: 'reddit',
  kind: 'comment',
  permalink: `https://r.test/comments/1/c${index}`,
  text: `Message ${index}`,
  published: { kind: 'unknown' },
  mediaUrls: [],
  missing: [],
});
/** Each screen's pixels: a pattern of its own, so a crop from the wrong one shows. */
export const screenColour = (screen: number) => (x: number, y: number) =>
  [(x * 7 + screen) % 256, (y * 3) % 256, screen * 40, 255] as [number, number, number, number];
export const CROP_AREA = { x: 4, y: 10, width: 20, height: 12 };
export const picture = (bytes: Uint8Array) =>
  new Blob([new Uint8Array(bytes)], { type: 'image/png' });

/** Two screens one above the other, drawn as one part (pngjs stands for the canvas). */
const stitchTwo: Stitch = async (database, threadId) => {
  const screens = await database.threadScreens
    .where('[threadId+index]')
    .between([threadId, 0], [threadId, Infinity])
    .toArray();
  const blob = picture(
    pngOf(40, 55, (x, y) => screenColour(y < 25 ? 0 : 1)(x, y < 25 ? y : y - 25)),
  );
  const sha256 = await sha256Hex(blob);
  await database.threadFiles.put({
    id: `${threadId}/stitched/0`,
    threadId,
    role: 'stitched',
    order: 0,
    mimeType: 'image/png',
    blob,
    width: 40,
    height: 55,
    sha256,
    derivedFrom: screens.map((screen) => screen.seal.sha256),
    geometry: [
      { screenIndex: 0, source: { x: 0, y: 0, width: 40, height: 25 }, targetY: 0 },
      { screenIndex: 1, source: { x: 0, y: 0, width: 40, height: 30 }, targetY: 25 },
    ],
  });
  return [{ part: 0, sha256, width: 40, height: 55 }];
};

/**
 * A sealed thread of two real 40 × 30 PNG screens, one post on each with its crop cut by
 * pngjs, and a stitched picture of one part: what the verifier, the bundle and the import
 * are tested on, pixels included.
 */
export async function picturedThread(
  database: EvidenceDatabase = openEvidenceDatabase(`pictured-${crypto.randomUUID()}`),
): Promise<{ database: EvidenceDatabase; id: string }> {
  const id = crypto.randomUUID();
  await openThread(database, {
    id,
    url: 'https://r.test/comments/1',
    title: 'Fil',
    platform: 'reddit',
    scroller: 'page',
  });
  for (const index of [0, 1]) {
    const blob = picture(pngOf(40, 30, screenColour(index)));
    const cropBytes = pngOf(CROP_AREA.width, CROP_AREA.height, (x, y) =>
      screenColour(index)(x + CROP_AREA.x, y + CROP_AREA.y),
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
          key: `link:https://r.test/comments/1/c${index}`,
          order: index,
          details: details(index),
          screenIndex: index,
          whole: true,
          cropArea: CROP_AREA,
        },
      ],
      async (screen): Promise<ThreadFileRecord[]> => {
        const crop = picture(cropBytes);
        return [
          {
            id: `${id}/post-crop/${index}`,
            threadId: id,
            role: 'post-crop',
            order: index,
            mimeType: 'image/png',
            blob: crop,
            width: CROP_AREA.width,
            height: CROP_AREA.height,
            sha256: await sha256Hex(crop),
            derivedFrom: [screen.sha256],
            geometry: [{ screenIndex: index, source: CROP_AREA, targetY: 0 }],
          },
        ];
      },
    );
  }
  await sealThread(database, id, 'end-of-thread', stitchTwo);
  return { database, id };
}
