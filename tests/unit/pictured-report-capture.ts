import { PNG } from 'pngjs';
import type { CustodyEntry } from '../../lib/evidence/custody-entry';
import type { CaptureMetadata } from '../../lib/evidence/capture-metadata';
import type { ReportCapture } from '../../lib/pdf/report-context';
import { sampleMetadata } from './sample-capture';

/** A real PNG: the left half red, the right half blue. */
export function pngBlob(width: number, height: number, alpha = false): Blob {
  const png = new PNG({ width, height, colorType: alpha ? 6 : 2, inputHasAlpha: true });
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      png.data.set(x < width / 2 ? [220, 0, 0, 255] : [0, 0, 220, 255], at);
    }
  return new Blob([new Uint8Array(PNG.sync.write(png, { colorType: alpha ? 6 : 2 }))], {
    type: 'image/png',
  });
}

export const HASH = (digit: string) => digit.repeat(64);

/** A capture with a real screenshot, its post crop and a custody log, for the report. */
export function sampleCapture(overrides: Partial<ReportCapture> = {}, png = pngBlob(200, 100)) {
  const base = sampleMetadata('6f1c2f2e-8a55-4f43-9a3c-1b1d2e3f4a5b', {
    target: { crop: 'cropped', cropArea: { x: 100, y: 20, width: 80, height: 40 } },
    post: {
      platform: 'x',
      extractor: 'x',
      kind: 'reply',
      permalink: 'https://x.com/troll_42/status/1861234567890123456',
      authorName: 'Le Troll (officiel)',
      authorHandle: '@troll_42',
      text: 'Tu vas voir ce qui t’arrive… « menace » \\ fin 😡',
      published: { kind: 'absolute', at: '2026-11-21T19:45:00.000Z' },
      mediaUrls: [],
      missing: [],
    },
  });
  const metadata = {
    ...base,
    files: [
      {
        role: 'page-screenshot',
        mimeType: 'image/png',
        byteLength: png.size,
        width: 200,
        height: 100,
        sha256: HASH('a'),
      },
    ],
  } as CaptureMetadata;
  const capture: ReportCapture = {
    capture: {
      id: metadata.id,
      capturedAt: metadata.time.capturedAt,
      host: 'x.com',
      metadata,
      metadataSha256: HASH('b'),
    },
    annotation: {
      captureId: metadata.id,
      category: { categoryId: 'threats' },
      reports: [{ channelId: 'pharos', at: '2026-11-22T10:00:00.000Z' }],
      notes: [
        { at: '2026-11-22T09:30:00.000Z', text: 'Troisième message de ce compte cette semaine.' },
      ],
      tags: ['stream du 21'],
      caseIds: [],
      exports: [],
    },
    custody: [
      {
        id: `${metadata.id}/000000`,
        captureId: metadata.id,
        index: 0,
        at: metadata.time.capturedAt,
        kind: 'capture',
        data: { metadataSha256: HASH('b') },
        previousHash: HASH('b'),
        hash: HASH('c'),
      },
      {
        id: `${metadata.id}/000001`,
        captureId: metadata.id,
        index: 1,
        at: '2026-11-22T10:00:00.000Z',
        kind: 'report',
        data: { channelId: 'pharos' },
        previousHash: HASH('c'),
        hash: HASH('d'),
      },
    ] as CustodyEntry[],
    files: [
      {
        id: `${metadata.id}/page-screenshot`,
        captureId: metadata.id,
        role: 'page-screenshot',
        mimeType: 'image/png',
        blob: png,
        sha256: HASH('a'),
      },
      {
        id: `${metadata.id}/post-crop`,
        captureId: metadata.id,
        role: 'post-crop',
        mimeType: 'image/png',
        blob: pngBlob(80, 40, true),
        sha256: HASH('e'),
        derivedFrom: 'page-screenshot',
      },
    ],
    ...overrides,
  };
  return capture;
}
