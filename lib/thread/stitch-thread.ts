import type { EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import { createStitchPlanner, type PlacedBand, type ScreenGeometry } from './stitch-plan';
import type { SealedThread, ThreadFileRecord, ThreadScreenRecord } from './thread-records';

/**
 * The parts are drawn in the worker's memory, not on the graphics card: a part is as tall as
 * the browser allows, and on the card it competed with the screenshots the browser was taking
 * meanwhile (seconds of delay on a busy machine), then had to be read back to be encoded.
 */
const IN_MEMORY = { willReadFrequently: true } as const;

type StitchedParts = NonNullable<SealedThread['stitched']>;
/** What the stitching needs of a stored screen: its bytes, hash and sealed geometry. */
type StitchScreen = Pick<ThreadScreenRecord, 'blob'> & { seal: ThreadScreenRecord['seal'] };

interface OpenPart {
  canvas: OffscreenCanvas;
  height: number;
  bands: Array<PlacedBand & { screenSha256: string }>;
}

/**
 * Draws the thread's stitched picture while the screens come: each screen's band goes into
 * the current part as soon as the next screen says where it ends, and a part is encoded,
 * hashed and stored as soon as it is full. Only one part's canvas and one screen's band are
 * decoded at once, so memory stays bounded however long the thread, and when the last screen
 * is in only the last part is left to encode. A stitching that fails stops drawing and stores
 * no more parts: the thread is then sealed without its picture, never without its screens.
 */
export function createThreadStitcher(database: EvidenceDatabase, threadId: string) {
  let planner: ReturnType<typeof createStitchPlanner> | null = null;
  let previous: StitchScreen | null = null;
  let open: OpenPart | null = null;
  let failed = false;
  const made: StitchedParts = [];

  async function draw(bands: PlacedBand[], screen: StitchScreen): Promise<void> {
    for (const band of bands) {
      if (!open) {
        open = {
          canvas: new OffscreenCanvas(planner!.width, planner!.partLimit),
          height: 0,
          bands: [],
        };
      }
      const rows = await createImageBitmap(
        screen.blob,
        planner!.sourceX,
        band.sourceY,
        planner!.width,
        band.height,
      );
      open.canvas.getContext('2d', IN_MEMORY)!.drawImage(rows, 0, band.targetY);
      rows.close();
      open.height = band.targetY + band.height;
      open.bands.push({ ...band, screenSha256: screen.seal.sha256 });
      if (band.fillsPart) await store(band.part);
    }
  }

  async function store(part: number): Promise<void> {
    const { canvas, height, bands } = open!;
    open = null;
    const blob = await encode(canvas, height);
    const record: ThreadFileRecord = {
      id: `${threadId}/stitched/${part}`,
      threadId,
      role: 'stitched',
      order: part,
      mimeType: blob.type,
      blob,
      width: planner!.width,
      height,
      sha256: await sha256Hex(blob),
      derivedFrom: [...new Set(bands.map((band) => band.screenSha256))],
      geometry: bands.map((band) => ({
        screenIndex: band.screenIndex,
        source: {
          x: planner!.sourceX,
          y: band.sourceY,
          width: planner!.width,
          height: band.height,
        },
        targetY: band.targetY,
      })),
    };
    await database.threadFiles.put(record);
    made.push({ part, sha256: record.sha256, width: planner!.width, height });
  }

  function abandon(error: unknown): void {
    console.error('Thread stitching failed', error);
    failed = true;
    open = null;
  }

  async function guarded(step: () => Promise<void>): Promise<void> {
    if (failed) return;
    try {
      await step();
    } catch (error) {
      abandon(error);
    }
  }

  return {
    /** Stops the picture: a screen could not be read, so it would be wrong. */
    abandon,
    /** Takes the next stored screen, in order, and draws the rows of the one before it. */
    add(screen: StitchScreen): Promise<void> {
      return guarded(async () => {
        planner ??= createStitchPlanner(geometryOf(screen));
        const bands = planner.add(geometryOf(screen));
        if (previous) await draw(bands, previous);
        previous = screen;
      });
    },
    /** Draws the last screen's rows and stores the last part; the parts, or undefined. */
    async finish(): Promise<StitchedParts | undefined> {
      await guarded(async () => {
        if (!planner || !previous) return;
        await draw(planner.finish(), previous);
        previous = null;
        const last = open as OpenPart | null;
        if (last) await store(last.bands[0]!.part);
      });
      if (!failed) return made;
      // Parts stored before the failure would be files the seal does not list.
      const stored = made.map(({ part }) => `${threadId}/stitched/${part}`);
      await database.threadFiles.bulkDelete(stored).catch(() => undefined);
      return undefined;
    },
  };
}

/**
 * A part as PNG, exactly its height: a last part shorter than the canvas is copied to a
 * canvas of its size first. The canvases' pixels are freed at once, not when the collector
 * gets to them.
 */
async function encode(canvas: OffscreenCanvas, height: number): Promise<Blob> {
  let exact = canvas;
  if (height < canvas.height) {
    exact = new OffscreenCanvas(canvas.width, height);
    exact.getContext('2d', IN_MEMORY)!.drawImage(canvas, 0, 0);
    canvas.width = 0;
  }
  const blob = await exact.convertToBlob({ type: 'image/png' });
  exact.width = 0;
  return blob;
}

/**
 * Makes the stitched picture of a thread from its stored screens at once: for a thread a
 * stopped worker left, whose picture was not finished.
 */
export async function stitchThread(
  database: EvidenceDatabase,
  threadId: string,
): Promise<StitchedParts> {
  const stitcher = createThreadStitcher(database, threadId);
  const keys = await database.threadScreens
    .where('[threadId+index]')
    .between([threadId, 0], [threadId, Infinity])
    .primaryKeys();
  // One screen read at a time: a long thread's screens never sit in memory together.
  for (const key of keys) {
    const screen = await database.threadScreens.get(key);
    if (screen) await stitcher.add(screen);
  }
  const made = await stitcher.finish();
  if (!made) throw new Error('The stitched picture could not be made');
  return made;
}

function geometryOf(screen: StitchScreen): ScreenGeometry {
  const { index, scrollTop, pageMoved, viewport, scrollerArea, width, height } = screen.seal;
  return { index, scrollTop, pageMoved, viewport, scrollerArea, width, height };
}
