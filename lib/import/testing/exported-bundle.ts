import { appendCustody } from '../../evidence/append-custody';
import type { EvidenceDatabase } from '../../evidence/database';
import { saveCapture } from '../../evidence/save-capture';
import { sha256Hex } from '../../evidence/sha256';
import { buildBundle } from '../../export/build-bundle';
import { pngOf } from '../../verification/testing/png-pixels';
import { sampleMetadata } from '../../../tests/unit/sample-capture';
import { readZip } from '../read-zip';
import type { BundleFiles } from './make-bundle';

export const CROP_AREA = { x: 2, y: 3, width: 4, height: 5 };
export const colour = (x: number, y: number): [number, number, number, number] => [
  x * 16,
  y * 16,
  128,
  255,
];

/**
 * Stores a capture as the capture pipeline does: a real PNG screenshot, sealed, then the post
 * crop cut from it at the sealed area and a thumbnail, both derived. Returns its id.
 */
export async function storeCaptureWithCrop(
  database: EvidenceDatabase,
  capturedAt = '2026-11-22T08:00:00.123Z',
): Promise<string> {
  const id = crypto.randomUUID();
  const base = sampleMetadata(id);
  await saveCapture({
    database,
    metadata: {
      ...base,
      time: { ...base.time, capturedAt },
      target: { crop: 'cropped', cropArea: CROP_AREA },
    },
    files: [
      {
        role: 'page-screenshot',
        blob: new Blob([pngOf(16, 12, colour) as BlobPart], { type: 'image/png' }),
        width: 16,
        height: 12,
      },
    ],
  });
  const crop = pngOf(CROP_AREA.width, CROP_AREA.height, (x, y) =>
    colour(x + CROP_AREA.x, y + CROP_AREA.y),
  );
  const thumbnail = new Uint8Array([0xff, 0xd8, 0xff, 1]);
  await database.files.bulkAdd([
    {
      id: `${id}/post-crop`,
      captureId: id,
      role: 'post-crop',
      mimeType: 'image/png',
      blob: new Blob([crop as BlobPart], { type: 'image/png' }),
      sha256: await sha256Hex(crop),
      derivedFrom: 'page-screenshot',
    },
    {
      id: `${id}/thumbnail`,
      captureId: id,
      role: 'thumbnail',
      mimeType: 'image/jpeg',
      blob: new Blob([thumbnail as BlobPart], { type: 'image/jpeg' }),
      sha256: await sha256Hex(thumbnail),
      derivedFrom: 'post-crop',
    },
  ]);
  await appendCustody(database, id, [
    { kind: 'category', data: { categoryId: 'threats-or-violence' } },
    { kind: 'note', data: { text: 'Vu « en direct », 21 h' } },
  ]);
  return id;
}

/** Exports captures as the library does (the export logged first), then opens the ZIP. */
export async function exportedBundle(
  database: EvidenceDatabase,
  captureIds: readonly string[],
): Promise<{ zip: Blob; files: BundleFiles }> {
  for (const id of captureIds) {
    await appendCustody(database, id, [
      { kind: 'export', data: { format: 'zip', exportId: 'e1' } },
    ]);
  }
  const zip = await buildBundle({
    database,
    captureIds,
    language: 'fr',
    exportedAt: new Date('2026-11-22T12:00:00.000Z'),
    extensionVersion: '0.1.0',
  });
  const reader = await readZip(zip);
  const files: BundleFiles = new Map();
  for (const entry of reader.entries) {
    const chunks: Uint8Array[] = [];
    await reader.read(entry, (chunk) => chunks.push(chunk));
    files.set(entry.name, new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer()));
  }
  return { zip, files };
}
