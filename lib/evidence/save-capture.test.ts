import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { openEvidenceDatabase } from './database';
import { sampleMetadata } from '../../tests/unit/sample-capture';
import { saveCapture } from './save-capture';
import { pngOf, samePixelsInNode } from '../verification/testing/png-pixels';
import { verifyCapture } from '../verification/verify-capture';

const metadata = (id: string) => sampleMetadata(id);

const png = (bytes: number[]) => new Blob([new Uint8Array(bytes)], { type: 'image/png' });
const sha = (bytes: number[]) => createHash('sha256').update(new Uint8Array(bytes)).digest('hex');

describe('saveCapture and verifyCapture', () => {
  let database: ReturnType<typeof openEvidenceDatabase>;
  beforeEach(() => {
    database = openEvidenceDatabase(`test-${crypto.randomUUID()}`);
  });
  afterEach(async () => {
    await database.delete();
  });

  it('stores the files as Blobs with their SHA-256 and seals the metadata with them', async () => {
    const id = crypto.randomUUID();
    const saved = await saveCapture({
      database,
      metadata: metadata(id),
      files: [
        { role: 'page-screenshot', blob: png([1, 2, 3]), width: 10, height: 10 },
        { role: 'post-crop', blob: png([4, 5]), width: 5, height: 5 },
      ],
    });
    const record = await database.captures.get(id);
    expect(record?.host).toBe('www.reddit.com');
    expect(record?.metadata.files.map((file) => [file.role, file.sha256, file.byteLength])).toEqual(
      [
        ['page-screenshot', sha([1, 2, 3]), 3],
        ['post-crop', sha([4, 5]), 2],
      ],
    );
    expect(record?.metadataSha256).toBe(
      createHash('sha256').update(canonicalJson(record!.metadata)).digest('hex'),
    );
    expect(saved.metadataSha256).toBe(record?.metadataSha256);
    const stored = await database.files.get(`${id}/post-crop`);
    expect(stored?.blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(new Uint8Array([4, 5]));
    expect(await verifyCapture(database, id)).toMatchObject({ intact: true });
  });

  it('seals page text holding half an emoji with U+FFFD in its place, and says where', async () => {
    const id = crypto.randomUUID();
    const base = metadata(id);
    const saved = await saveCapture({
      database,
      metadata: { ...base, page: { ...base.page, title: 'Live \uD83D' } },
      files: [{ role: 'page-screenshot', blob: png([1, 2, 3]), width: 10, height: 10 }],
    });
    expect(saved.metadata.page.title).toBe('Live \uFFFD');
    expect(saved.metadata.loneSurrogatesReplaced).toEqual(['page.title']);
    expect((await database.captures.get(id))?.metadata.loneSurrogatesReplaced).toEqual([
      'page.title',
    ]);
  });

  it('stores nothing when the metadata is invalid', async () => {
    const id = crypto.randomUUID();
    const broken = { ...metadata(id), time: { ...metadata(id).time, capturedAt: 'yesterday' } };
    await expect(
      saveCapture({
        database,
        metadata: broken,
        files: [{ role: 'page-screenshot', blob: png([1]), width: 1, height: 1 }],
      }),
    ).rejects.toThrow();
    expect(await database.captures.count()).toBe(0);
    expect(await database.files.count()).toBe(0);
  });

  it('stores nothing when writing a file fails half-way', async () => {
    const id = crypto.randomUUID();
    await database.files.add({
      id: `${id}/post-crop`,
      captureId: 'other',
      role: 'post-crop',
      mimeType: 'image/png',
      blob: png([9]),
      sha256: sha([9]),
    });
    await expect(
      saveCapture({
        database,
        metadata: metadata(id),
        files: [
          { role: 'page-screenshot', blob: png([1]), width: 1, height: 1 },
          { role: 'post-crop', blob: png([2]), width: 1, height: 1 },
        ],
      }),
    ).rejects.toThrow();
    expect(await database.captures.get(id)).toBeUndefined();
    expect(await database.files.get(`${id}/page-screenshot`)).toBeUndefined();
  });

  it.each([
    ['a file changed', 'post-crop'],
    ['the metadata changed', 'metadata'],
  ] as const)('detects that %s', async (_name, subject) => {
    const id = crypto.randomUUID();
    await saveCapture({
      database,
      metadata: metadata(id),
      files: [
        { role: 'page-screenshot', blob: png([1, 2, 3]), width: 10, height: 10 },
        { role: 'post-crop', blob: png([4, 5]), width: 5, height: 5 },
      ],
    });
    if (subject === 'post-crop') {
      await database.files.update(`${id}/post-crop`, { blob: png([4, 6]) });
    } else {
      const record = (await database.captures.get(id))!;
      record.metadata.page.url = 'https://example.org/forged';
      await database.captures.put(record);
    }
    const verification = await verifyCapture(database, id);
    expect(verification.intact).toBe(false);
    expect(
      verification.checks.filter((check) => !check.matches).map((check) => check.subject),
    ).toEqual([subject]);
  });

  describe('files derived from the sealed screenshot', () => {
    const area = { x: 1, y: 2, width: 3, height: 4 };

    async function captureWithDerivedCrop() {
      const id = crypto.randomUUID();
      await saveCapture({
        database,
        metadata: { ...metadata(id), target: { crop: 'cropped', cropArea: area } },
        files: [{ role: 'page-screenshot', blob: png([1, 2, 3]), width: 10, height: 10 }],
      });
      await database.files.add({
        id: `${id}/post-crop`,
        captureId: id,
        role: 'post-crop',
        mimeType: 'image/png',
        blob: png([7, 7]),
        sha256: sha([7, 7]),
        derivedFrom: 'page-screenshot',
      });
      return id;
    }

    it('checks a derived file against its own hash', async () => {
      const id = await captureWithDerivedCrop();
      expect((await verifyCapture(database, id)).intact).toBe(true);
      await database.files.update(`${id}/post-crop`, { blob: png([7, 8]) });
      const verification = await verifyCapture(database, id);
      expect(verification.intact).toBe(false);
      expect(verification.checks.find((check) => check.subject === 'post-crop')?.matches).toBe(
        false,
      );
    });

    const colour = (x: number, y: number): [number, number, number, number] => [
      x * 20,
      y * 20,
      7,
      255,
    ];
    const screenshotPng = pngOf(10, 10, colour);
    const cut = pngOf(3, 4, (x, y) => colour(x + 1, y + 2));
    async function captureWithCrop(screenshot: Uint8Array, crop: Uint8Array) {
      const id = crypto.randomUUID();
      await saveCapture({
        database,
        metadata: { ...metadata(id), target: { crop: 'cropped', cropArea: area } },
        files: [{ role: 'page-screenshot', blob: png([...screenshot]), width: 10, height: 10 }],
      });
      await database.files.add({
        id: `${id}/post-crop`,
        captureId: id,
        role: 'post-crop',
        mimeType: 'image/png',
        blob: png([...crop]),
        sha256: sha([...crop]),
        derivedFrom: 'page-screenshot',
      });
      return id;
    }

    it.each([
      ['the crop cut from the screenshot', cut, true, []],
      [
        'a crop with one pixel changed, its own hash recomputed',
        pngOf(3, 4, (x, y) => (x === 2 && y === 3 ? [0, 0, 0, 255] : colour(x + 1, y + 2))),
        false,
        ['crop-differs'],
      ],
      ['a crop of another size', pngOf(4, 4, colour), false, ['crop-differs']],
      ['a crop that is not a PNG', new Uint8Array([7, 7]), false, ['crop-unreadable']],
    ])('cuts the post again from the screenshot: %s', async (_name, crop, same, reasons) => {
      const id = await captureWithCrop(screenshotPng, crop);
      const verification = await verifyCapture(database, id, samePixelsInNode);
      expect(verification).toMatchObject({ intact: same, cropReproduced: same });
      expect(verification.problems.map((problem) => problem.reason)).toEqual(reasons);
    });

    it('refuses to decode a screenshot larger than an 8K screen, from its header', async () => {
      const huge = screenshotPng.slice();
      new DataView(huge.buffer).setUint32(16, 20_000);
      new DataView(huge.buffer).setUint32(20, 20_000);
      const comparer = vi.fn(samePixelsInNode);
      const verification = await verifyCapture(
        database,
        await captureWithCrop(huge, cut),
        comparer,
      );
      expect(verification.problems).toEqual([
        { reason: 'image-too-large', subject: 'page-screenshot', found: '20000 × 20000' },
      ]);
      expect(comparer).not.toHaveBeenCalled();
    });
  });
});
