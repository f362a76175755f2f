import { sampleMetadata } from '../../tests/unit/sample-capture';
import type { CaptureMetadata } from '../evidence/capture-metadata';
import { capturesCsv } from './captures-csv';

describe('the captures CSV', () => {
  it('shows a NUL and a right-to-left override in captured text as their code points', () => {
    const metadata = {
      ...sampleMetadata('6f1c2f2e-8a55-4f43-9a3c-1b1d2e3f4a5b', {
        post: {
          platform: 'x',
          extractor: 'x',
          kind: 'post',
          authorHandle: '@troll\u202E',
          text: 'avant\u0000après photo\u202Egpj.exe',
          published: { kind: 'unknown' },
          mediaUrls: [],
          missing: [],
        },
      }),
      files: [],
    } as unknown as CaptureMetadata;
    const csv = capturesCsv(
      [
        {
          capture: {
            id: metadata.id,
            capturedAt: metadata.time.capturedAt,
            host: 'x.com',
            metadata,
            metadataSha256: 'b'.repeat(64),
          },
          annotation: undefined,
        },
      ],
      'fr',
    );
    expect(csv).toContain('avant[U+0000]après photo[U+202E]gpj.exe');
    expect(csv).toContain('@troll[U+202E]');
    for (const hidden of ['\u0000', '\u202E']) expect(csv).not.toContain(hidden);
  });
});
