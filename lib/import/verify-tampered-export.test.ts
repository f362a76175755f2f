import { captureFolder } from '../export/bundle-format';
import { canonicalJson } from '../evidence/canonical-json';
import { hashCustodyEntry, type CustodyEntry } from '../evidence/custody-entry';
import { openEvidenceDatabase, type EvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import { pngOf, samePixelsInNode } from '../verification/testing/png-pixels';
import { verifyCapture } from '../verification/verify-capture';
import type { BundleProblem } from './bundle-problem';
import { colour, CROP_AREA, exportedBundle, storeCaptureWithCrop } from './testing/exported-bundle';
import { decode, resealSums, zipFiles, type BundleFiles } from './testing/make-bundle';
import { verifyBundle } from './verify-bundle';

const encode = (text: string) => new TextEncoder().encode(text);
const json = (files: BundleFiles, path: string) => JSON.parse(decode(files.get(path)));
const writeJson = (files: BundleFiles, path: string, value: unknown) =>
  files.set(path, encode(`${JSON.stringify(value, null, 2)}\n`));
const custodyOf = (files: BundleFiles, path: string): CustodyEntry[] =>
  decode(files.get(path))
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line));
const writeCustody = (files: BundleFiles, path: string, entries: readonly object[]) =>
  files.set(path, encode(entries.map((entry) => `${canonicalJson(entry)}\n`).join('')));

/** Re-chains a log as a forger with the extension would: every link and hash made whole again. */
async function rechained(entries: CustodyEntry[], metadataSha256: string): Promise<CustodyEntry[]> {
  let previousHash = metadataSha256;
  const chain: CustodyEntry[] = [];
  for (const { hash: _hash, ...entry } of entries) {
    const linked = { ...entry, previousHash } as Omit<CustodyEntry, 'hash'>;
    previousHash = await hashCustodyEntry(linked);
    chain.push({ ...linked, hash: previousHash } as CustodyEntry);
  }
  return chain;
}

const summary = (problems: BundleProblem[]) =>
  problems.map(({ reason, path, entry, line, found, other }) =>
    Object.fromEntries(
      Object.entries({ reason, path, entry, line, found, other }).filter(
        ([, value]) => value !== undefined,
      ),
    ),
  );

describe('the bundle check on a real export, tampered', () => {
  let database: EvidenceDatabase;
  let ids: string[];
  let folders: string[];
  beforeEach(async () => {
    database = openEvidenceDatabase(`tampered-${crypto.randomUUID()}`);
    ids = [
      await storeCaptureWithCrop(database),
      await storeCaptureWithCrop(database, '2026-11-22T09:00:00.456Z'),
    ];
    const stored = await database.captures.bulkGet(ids);
    folders = stored.map((capture) => captureFolder(capture!.id, capture!.capturedAt));
  });
  afterEach(async () => {
    await database.delete();
  });

  const check = async (files: BundleFiles) =>
    verifyBundle(await zipFiles(files), { samePixels: samePixelsInNode });

  it('accepts the export untouched, the crop cut again from each screenshot', async () => {
    const { zip } = await exportedBundle(database, ids);
    const result = await verifyBundle(zip, { samePixels: samePixelsInNode });
    expect(result.ok ? result.captures.map(({ exported }) => exported.captureId) : result).toEqual(
      ids,
    );
  });

  it.each<{
    case: string;
    tamper: (files: BundleFiles, at: { folders: string[]; ids: string[] }) => Promise<void> | void;
    expected: (at: { folders: string[]; ids: string[] }) => object[];
  }>([
    {
      case: 'a post crop replaced, its hashes recomputed',
      tamper: async (files, { folders: [first] }) => {
        const forged = pngOf(CROP_AREA.width, CROP_AREA.height, () => [255, 0, 0, 255]);
        files.set(`${first}/post-crop.png`, forged);
        const exported = json(files, `${first}/metadata.json`);
        exported.files.find((file: { role: string }) => file.role === 'post-crop').sha256 =
          await sha256Hex(forged);
        writeJson(files, `${first}/metadata.json`, exported);
      },
      expected: ({ folders: [first] }) => [
        { reason: 'crop-differs', path: `${first}/post-crop.png` },
      ],
    },
    {
      case: 'an entry labelled with another capture, chained and hashed again',
      tamper: async (files, { folders: [first], ids: [, second] }) => {
        const path = `${first}/custody.jsonl`;
        const entries = custodyOf(files, path);
        entries.push({
          ...entries.at(-1)!,
          captureId: second!,
          index: entries.length,
          id: `${second}/000005`,
        });
        writeCustody(
          files,
          path,
          await rechained(entries, json(files, `${first}/metadata.json`).metadataSha256),
        );
      },
      expected: ({ folders: [first] }) => [
        { reason: 'custody-foreign-entry', path: `${first}/custody.jsonl`, entry: 4, line: 5 },
      ],
    },
    {
      case: "an entry's id changed",
      tamper: (files, { folders: [first] }) => {
        const path = `${first}/custody.jsonl`;
        writeCustody(
          files,
          path,
          custodyOf(files, path).map((entry) =>
            entry.index === 2 ? { ...entry, id: 'x/000002' } : entry,
          ),
        );
      },
      expected: ({ folders: [first] }) => [
        { reason: 'custody-id-mismatch', path: `${first}/custody.jsonl`, entry: 2, line: 3 },
      ],
    },
    {
      case: 'a field added to an entry, which its hash does not cover',
      tamper: (files, { folders: [first] }) => {
        const path = `${first}/custody.jsonl`;
        writeCustody(
          files,
          path,
          custodyOf(files, path).map((entry) =>
            entry.index === 2 ? { ...entry, comment: 'ajouté' } : entry,
          ),
        );
      },
      expected: ({ folders: [first] }) => [
        {
          reason: 'custody-unknown-field',
          path: `${first}/custody.jsonl`,
          entry: 2,
          line: 3,
          found: 'comment',
        },
      ],
    },
    {
      case: "a field added inside an entry's data, the log hashed again",
      tamper: async (files, { folders: [first] }) => {
        const path = `${first}/custody.jsonl`;
        const entries = custodyOf(files, path).map((entry) =>
          entry.index === 2
            ? ({
                ...entry,
                data: { ...entry.data, author: 'quelqu’un' },
              } as unknown as CustodyEntry)
            : entry,
        );
        writeCustody(
          files,
          path,
          await rechained(entries, json(files, `${first}/metadata.json`).metadataSha256),
        );
      },
      expected: ({ folders: [first] }) => [
        {
          reason: 'custody-unknown-field',
          path: `${first}/custody.jsonl`,
          entry: 2,
          line: 3,
          found: 'data.author',
        },
      ],
    },
    {
      case: 'a custody line written twice',
      tamper: (files, { folders: [first] }) => {
        const path = `${first}/custody.jsonl`;
        const entries = custodyOf(files, path);
        writeCustody(files, path, [...entries.slice(0, 3), entries[2]!, ...entries.slice(3)]);
      },
      expected: ({ folders: [first] }) => [
        { reason: 'custody-duplicate-entry', path: `${first}/custody.jsonl`, entry: 2, line: 4 },
      ],
    },
    {
      case: "the note edited in metadata.json's copy",
      tamper: (files, { folders: [first] }) => {
        const exported = json(files, `${first}/metadata.json`);
        exported.notes[0].text = 'Jamais vu';
        writeJson(files, `${first}/metadata.json`, exported);
      },
      expected: ({ folders: [first] }) => [
        { reason: 'annotation-mismatch', path: `${first}/metadata.json`, found: 'notes' },
      ],
    },
    {
      case: 'a file listed in SHA256SUMS that no capture describes',
      tamper: (files) =>
        void files.set(
          'captures/20261122T070000Z_ffffffff/page-screenshot.png',
          pngOf(2, 2, colour),
        ),
      expected: () => [
        {
          reason: 'file-not-described',
          path: 'captures/20261122T070000Z_ffffffff/page-screenshot.png',
        },
      ],
    },
    {
      case: 'the same capture twice, under a second folder',
      tamper: (files, { folders: [first] }) => {
        const copy = 'captures/20261122T070000Z_copy';
        for (const [path, bytes] of [...files]) {
          if (path.startsWith(`${first}/`)) files.set(path.replace(first!, copy), bytes);
        }
        const manifest = json(files, 'manifest.json');
        manifest.captures.push(`${copy}/metadata.json`);
        writeJson(files, 'manifest.json', manifest);
      },
      expected: ({ folders: [first] }) => [
        { reason: 'file-misplaced', path: 'captures/20261122T070000Z_copy/metadata.json' },
        {
          reason: 'duplicate-capture',
          path: 'captures/20261122T070000Z_copy/metadata.json',
          other: `${first}/metadata.json`,
          found: ids[0],
        },
      ],
    },
    {
      case: 'sealed metadata holding half a character',
      tamper: (files, { folders: [first] }) => {
        const path = `${first}/metadata.json`;
        files.set(
          path,
          encode(
            decode(files.get(path)).replace('"title": "Exemple"', '"title": "Exemple \\ud83d"'),
          ),
        );
      },
      expected: ({ folders: [first] }) => [
        { reason: 'metadata-not-canonical', path: `${first}/metadata.json` },
      ],
    },
  ])('names $case', async ({ tamper, expected }) => {
    const { files } = await exportedBundle(database, ids);
    await tamper(files, { folders, ids });
    await resealSums(files);
    const result = await check(files);
    expect(result.ok ? [] : summary(result.problems)).toEqual(expected({ folders, ids }));
  });

  it('says in the library what it says in a bundle: the same crop, the same reason', async () => {
    const forged = pngOf(CROP_AREA.width, CROP_AREA.height, () => [255, 0, 0, 255]);
    await database.files.update(`${ids[0]}/post-crop`, {
      blob: new Blob([forged as BlobPart], { type: 'image/png' }),
      sha256: await sha256Hex(forged),
    });
    const library = await verifyCapture(database, ids[0]!, samePixelsInNode);
    const { zip } = await exportedBundle(database, [ids[0]!]);
    const bundle = await verifyBundle(zip, { samePixels: samePixelsInNode });
    expect(library.problems.map((problem) => problem.reason)).toEqual(['crop-differs']);
    expect(bundle.ok ? [] : bundle.problems.map((problem) => problem.reason)).toEqual([
      'crop-differs',
    ]);
  });
});
