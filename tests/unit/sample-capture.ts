import type { EvidenceDatabase } from '../../lib/evidence/database';
import { saveCapture, type UnsealedMetadata } from '../../lib/evidence/save-capture';

/** Metadata of a capture as the capture pipeline would seal it, for tests of what follows. */
export const sampleMetadata = (
  id: string,
  extra: Partial<UnsealedMetadata> = {},
): UnsealedMetadata => ({
  schema: 'temoin.capture/1',
  id,
  time: {
    capturedAt: '2026-11-22T08:00:00.123Z',
    requestedAt: '2026-11-22T08:00:00.001Z',
    timeZone: 'Europe/Paris',
    utcOffset: '+01:00',
    localTime: '2026-11-22T09:00:00.123+01:00',
    source: 'device-clock',
  },
  trigger: 'context-menu',
  menuContext: 'page',
  page: {
    url: 'https://www.reddit.com/r/exemple/comments/abc/',
    title: 'Exemple',
    viewport: { width: 1280, height: 800 },
    devicePixelRatio: 1,
  },
  target: { crop: 'cropped' },
  environment: {
    browserName: 'Chromium',
    browserVersion: '156.0',
    userAgent: 'test',
    extensionVersion: '0.1.0',
  },
  ...extra,
});

export const samplePng = (bytes: number[]) =>
  new Blob([new Uint8Array(bytes)], { type: 'image/png' });

/** Stores a capture with a screenshot and a post crop; returns its id. */
export async function storeSampleCapture(
  database: EvidenceDatabase,
  extra: Partial<UnsealedMetadata> = {},
): Promise<string> {
  const id = crypto.randomUUID();
  await saveCapture({
    database,
    metadata: sampleMetadata(id, extra),
    files: [
      { role: 'page-screenshot', blob: samplePng([1, 2, 3]), width: 10, height: 10 },
      { role: 'post-crop', blob: samplePng([4, 5]), width: 5, height: 5 },
    ],
  });
  return id;
}
