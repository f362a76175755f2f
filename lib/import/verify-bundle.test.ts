import { describeProblem } from './describe-problem';
import {
  decode,
  editText,
  FOLDERS,
  makeBundle,
  makeBundleFiles,
  resealSums,
  zipFiles,
  type BundleFiles,
} from './testing/make-bundle';
import { problemSummary, type ExpectedProblem } from './testing/problem-summary';
import { verifyBundle } from './verify-bundle';

const [FIRST, SECOND] = FOLDERS;
const SCREENSHOT = `${FIRST}/page-screenshot.png`;
const CROP = `${FIRST}/post-crop.png`;
const THUMBNAIL = `${FIRST}/thumbnail.jpg`;
const METADATA = `${FIRST}/metadata.json`;
const CUSTODY = `${FIRST}/custody.jsonl`;

const flipByte = (files: BundleFiles, name: string) => {
  const bytes = files.get(name)!.slice();
  bytes[bytes.length - 1]! ^= 0xff;
  files.set(name, bytes);
};
const editLines = (files: BundleFiles, name: string, edit: (lines: string[]) => string[]) =>
  editText(files, name, (text) => `${edit(text.trimEnd().split('\n')).join('\n')}\n`);

describe('verifyBundle', () => {
  it('accepts a valid bundle and hands back each capture with its custody and files', async () => {
    const progress: Array<[number, number]> = [];
    const result = await verifyBundle(await makeBundle(), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.manifest.captures).toEqual(FOLDERS.map((folder) => `${folder}/metadata.json`));
    expect(result.captures.map(({ custody }) => custody.length)).toEqual([3, 4]);
    expect(result.captures.map(({ files }) => [...files.keys()])).toEqual([
      ['page-screenshot', 'post-crop', 'thumbnail'],
      ['page-screenshot', 'thumbnail'],
    ]);
    expect(progress.at(-1)).toEqual([13, 13]);
  });

  it.each<{
    case: string;
    tamper: (files: BundleFiles) => Promise<void> | void;
    expected: ExpectedProblem[];
  }>([
    {
      case: 'one byte of a PNG changed',
      tamper: (files) => flipByte(files, SCREENSHOT),
      expected: [
        { reason: 'file-hash-mismatch', path: SCREENSHOT },
        { reason: 'sealed-file-hash-mismatch', path: SCREENSHOT },
      ],
    },
    {
      case: 'a PNG changed and SHA256SUMS rewritten',
      tamper: async (files) => {
        flipByte(files, SCREENSHOT);
        await resealSums(files);
      },
      expected: [{ reason: 'sealed-file-hash-mismatch', path: SCREENSHOT }],
    },
    {
      case: 'a thumbnail changed and SHA256SUMS rewritten',
      tamper: async (files) => {
        flipByte(files, THUMBNAIL);
        await resealSums(files);
      },
      expected: [{ reason: 'derived-file-hash-mismatch', path: THUMBNAIL }],
    },
    {
      case: 'the sealed metadata edited',
      tamper: (files) => editText(files, METADATA, (text) => text.replace('"Exemple"', '"Autre"')),
      expected: [
        { reason: 'file-hash-mismatch', path: METADATA },
        { reason: 'metadata-hash-mismatch', path: METADATA },
      ],
    },
    {
      case: 'the sealed metadata edited and SHA256SUMS rewritten',
      tamper: async (files) => {
        editText(files, METADATA, (text) => text.replace('"Exemple"', '"Autre"'));
        await resealSums(files);
      },
      expected: [{ reason: 'metadata-hash-mismatch', path: METADATA }],
    },
    {
      case: 'metadata.json no longer JSON',
      tamper: async (files) => {
        editText(files, METADATA, (text) => text.slice(1));
        await resealSums(files);
      },
      expected: [{ reason: 'metadata-not-json', path: METADATA }],
    },
    {
      case: 'metadata.json naming another capture',
      tamper: async (files) => {
        editText(files, METADATA, (text) => text.replace(/"captureId": "1/, '"captureId": "3'));
        await resealSums(files);
      },
      expected: [{ reason: 'metadata-invalid', path: METADATA }],
    },
    {
      case: 'a custody entry edited',
      tamper: async (files) => {
        editText(files, CUSTODY, (text) => text.replace('vu en direct', 'jamais vu'));
        await resealSums(files);
      },
      expected: [{ reason: 'custody-hash-mismatch', path: CUSTODY, entry: 2, line: 3 }],
    },
    {
      case: 'a custody entry deleted',
      tamper: async (files) => {
        editLines(files, CUSTODY, (lines) => lines.filter((_, index) => index !== 1));
        await resealSums(files);
      },
      expected: [{ reason: 'custody-missing-entry', path: CUSTODY, entry: 1 }],
    },
    {
      case: 'a custody line that is not JSON',
      tamper: async (files) => {
        editLines(files, CUSTODY, (lines) =>
          lines.map((line, index) => (index === 1 ? line.slice(2) : line)),
        );
        await resealSums(files);
      },
      expected: [{ reason: 'custody-bad-line', path: CUSTODY, line: 2 }],
    },
    {
      case: 'a deletion claimed without a custody entry',
      tamper: async (files) => {
        const exported = JSON.parse(decode(files.get(METADATA)));
        exported.deletedFiles = [{ role: 'post-crop', sha256: exported.metadata.files[1].sha256 }];
        files.set(METADATA, new TextEncoder().encode(JSON.stringify(exported)));
        files.delete(CROP);
        await resealSums(files);
      },
      expected: [
        { reason: 'deleted-file-unproven', path: METADATA },
        { reason: 'sealed-file-missing', path: CROP },
      ],
    },
    {
      case: 'a file that is no part of the format, never read',
      tamper: (files) => void files.set(`${SECOND}/extra.png`, new Uint8Array([1])),
      expected: [{ reason: 'unexpected-file', path: `${SECOND}/extra.png` }],
    },
    {
      case: 'a sealed file dropped',
      tamper: (files) => void files.delete(CROP),
      expected: [
        { reason: 'file-missing', path: CROP },
        { reason: 'sealed-file-missing', path: CROP },
      ],
    },
    {
      case: 'a thumbnail dropped',
      tamper: (files) => void files.delete(THUMBNAIL),
      expected: [{ reason: 'file-missing', path: THUMBNAIL }],
    },
    {
      case: 'a hash changed in SHA256SUMS',
      tamper: (files) =>
        editText(files, 'SHA256SUMS', (text) =>
          text.replace(/^./, (first) => (first === '0' ? '1' : '0')),
        ),
      expected: [{ reason: 'file-hash-mismatch', path: SCREENSHOT }],
    },
    {
      case: 'a path listed twice in SHA256SUMS',
      tamper: (files) => editLines(files, 'SHA256SUMS', (lines) => [...lines, lines[0]!]),
      expected: [{ reason: 'sums-duplicate-path', path: SCREENSHOT, line: 13 }],
    },
    {
      case: 'an unreadable line in SHA256SUMS',
      tamper: (files) => editLines(files, 'SHA256SUMS', (lines) => [...lines, 'not a sum']),
      expected: [{ reason: 'sums-bad-line', path: 'SHA256SUMS', line: 13 }],
    },
    {
      case: 'SHA256SUMS dropped',
      tamper: (files) => void files.delete('SHA256SUMS'),
      expected: [{ reason: 'sums-missing', path: 'SHA256SUMS' }],
    },
    {
      case: 'another schema version',
      tamper: async (files) => {
        editText(files, 'manifest.json', (text) =>
          text.replace('temoin.export/3', 'temoin.export/9'),
        );
        await resealSums(files);
      },
      expected: [{ reason: 'manifest-unsupported-version', path: 'manifest.json' }],
    },
    {
      case: 'a manifest that does not follow the format',
      tamper: async (files) => {
        editText(files, 'manifest.json', (text) => text.replace('"fr"', '"de"'));
        await resealSums(files);
      },
      expected: [{ reason: 'manifest-invalid', path: 'manifest.json' }],
    },
    {
      case: 'a capture left out of the manifest',
      tamper: async (files) => {
        editText(files, 'manifest.json', (text) =>
          JSON.stringify({ ...JSON.parse(text), captures: [`${FIRST}/metadata.json`] }),
        );
        await resealSums(files);
      },
      expected: [{ reason: 'capture-not-in-manifest', path: `${SECOND}/metadata.json` }],
    },
    {
      case: 'a capture listed twice in the manifest',
      tamper: async (files) => {
        editText(files, 'manifest.json', (text) =>
          text.replace(`"${SECOND}/metadata.json"`, `"${FIRST}/metadata.json"`),
        );
        await resealSums(files);
      },
      expected: [{ reason: 'manifest-invalid', path: 'manifest.json' }],
    },
    {
      case: 'the same capture twice, in two folders',
      tamper: async (files) => {
        const copy = 'captures/20261122T080000Z_copie/metadata.json';
        files.set(copy, files.get(METADATA)!);
        editText(files, 'manifest.json', (text) =>
          JSON.stringify({
            ...JSON.parse(text),
            captures: [METADATA, `${SECOND}/metadata.json`, copy],
          }),
        );
        await resealSums(files);
      },
      // The copy's metadata.json points at the first folder's files: both are said.
      expected: [
        { reason: 'file-misplaced', path: 'captures/20261122T080000Z_copie/metadata.json' },
        { reason: 'duplicate-capture', path: 'captures/20261122T080000Z_copie/metadata.json' },
      ],
    },
    {
      case: 'the manifest dropped',
      tamper: async (files) => {
        files.delete('manifest.json');
        await resealSums(files);
      },
      expected: [{ reason: 'manifest-missing', path: 'manifest.json' }],
    },
    {
      case: 'a path leaving the folder',
      tamper: (files) => void files.set('../evil', new Uint8Array([1])),
      expected: [{ reason: 'unsafe-path', path: '../evil' }],
    },
  ])('reports $case', async ({ tamper, expected }) => {
    const files = await makeBundleFiles();
    await tamper(files);
    const result = await verifyBundle(await zipFiles(files));
    expect(result.ok ? [] : problemSummary(result.problems)).toEqual(expected);
  });

  it('lists every problem, not just the first', async () => {
    const files = await makeBundleFiles();
    flipByte(files, SCREENSHOT);
    files.delete(`${SECOND}/thumbnail.jpg`);
    const result = await verifyBundle(await zipFiles(files));
    expect(result.ok ? [] : result.problems.map((problem) => problem.reason)).toEqual([
      'file-hash-mismatch',
      'file-missing',
      'sealed-file-hash-mismatch',
    ]);
  });

  it('says what failed in French and in English', async () => {
    const files = await makeBundleFiles();
    editText(files, CUSTODY, (text) => text.replace('vu en direct', 'jamais vu'));
    await resealSums(files);
    const result = await verifyBundle(await zipFiles(files));
    const problem = result.ok ? undefined : result.problems[0]!;
    const words = problem && {
      fr: describeProblem(problem, 'fr'),
      en: describeProblem(problem, 'en'),
    };
    expect(words).toEqual({
      fr: `${CUSTODY} : l'entrée 2 a été modifiée.`,
      en: `${CUSTODY}: entry 2 was changed.`,
    });
  });

  it('stops when aborted', async () => {
    await expect(verifyBundle(await makeBundle(), { signal: AbortSignal.abort() })).rejects.toThrow(
      /abort/i,
    );
  });
});
