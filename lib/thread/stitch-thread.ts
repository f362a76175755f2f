import type { EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import { planStitch } from './stitch-plan';
import type { SealedThread, ThreadFileRecord, ThreadScreenRecord } from './thread-records';

/**
 * Makes the thread's stitched picture from its stored screens, one part at a time: only one
 * part's canvas and one screen's band are ever decoded at once, so memory stays bounded
 * however long the thread. Each part is stored as soon as it is made, with its hash, the
 * screens it was cut from and where each band went.
 */
export async function stitchThread(
  database: EvidenceDatabase,
  threadId: string,
): Promise<NonNullable<SealedThread['stitched']>> {
  const screens = await database.threadScreens
    .where('[threadId+index]')
    .between([threadId, 0], [threadId, Infinity])
    .toArray();
  const byIndex = new Map(screens.map((screen) => [screen.index, screen]));
  const plan = planStitch(screens.map(geometryOf));
  const made: NonNullable<SealedThread['stitched']> = [];
  for (const [part, { height, bands }] of plan.parts.entries()) {
    const canvas = new OffscreenCanvas(plan.width, height);
    const context = canvas.getContext('2d')!;
    for (const band of bands) {
      const screen = byIndex.get(band.screenIndex)!;
      const rows = await createImageBitmap(
        screen.blob,
        plan.sourceX,
        band.sourceY,
        plan.width,
        band.height,
      );
      context.drawImage(rows, 0, band.targetY);
      rows.close();
    }
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    // Frees the part's pixels now rather than when the collector gets to it.
    canvas.width = 0;
    const used = [...new Set(bands.map((band) => band.screenIndex))];
    const record: ThreadFileRecord = {
      id: `${threadId}/stitched/${part}`,
      threadId,
      role: 'stitched',
      order: part,
      mimeType: blob.type,
      blob,
      width: plan.width,
      height,
      sha256: await sha256Hex(blob),
      derivedFrom: used.map((index) => byIndex.get(index)!.seal.sha256),
      geometry: bands.map((band) => ({
        screenIndex: band.screenIndex,
        source: { x: plan.sourceX, y: band.sourceY, width: plan.width, height: band.height },
        targetY: band.targetY,
      })),
    };
    await database.threadFiles.put(record);
    made.push({ part, sha256: record.sha256, width: plan.width, height });
  }
  return made;
}

function geometryOf(screen: ThreadScreenRecord) {
  const { index, scrollTop, pageMoved, viewport, scrollerArea, width, height } = screen.seal;
  return { index, scrollTop, pageMoved, viewport, scrollerArea, width, height };
}
