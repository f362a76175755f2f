import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflatedZip } from './testing/deflated-zip';
import { FOLDERS, makeBundle, makeBundleFiles } from './testing/make-bundle';
import { problemSummary, type ExpectedProblem } from './testing/problem-summary';
import { setCentralField, setEntryField, zipBytes } from './testing/tamper-zip';
import { readZip } from './read-zip';
import { verifyBundle } from './verify-bundle';

const CROP = `${FOLDERS[0]}/post-crop.png`;

async function tmpFile(blob: Blob): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'temoin-import-')), 'bundle.zip');
  writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
  return file;
}

/** The archive itself: other tools' view of it, re-zipped bundles, and damaged ZIP structure. */
describe('verifyBundle, the ZIP archive', () => {
  it('is accepted by unzip -t', async () => {
    const output = execFileSync('unzip', ['-t', await tmpFile(await makeBundle())]).toString();
    expect(output).toContain('No errors detected');
  });

  it('accepts a bundle re-zipped with deflate', async () => {
    const result = await verifyBundle(deflatedZip(await makeBundleFiles()));
    expect(result.ok ? [] : problemSummary(result.problems)).toEqual([]);
  });

  const hasZip = (() => {
    try {
      execFileSync('zip', ['-v']);
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!hasZip)('accepts a bundle re-zipped by the system zip command', async () => {
    const source = await tmpFile(await makeBundle());
    const folder = path.join(path.dirname(source), 'out');
    execFileSync('unzip', ['-q', source, '-d', folder]);
    execFileSync('zip', ['-q', '-r', '-9', '../rezipped.zip', '.'], { cwd: folder });
    const rezipped = new Blob([new Uint8Array(readFileSync(path.join(folder, '../rezipped.zip')))]);
    const methods = (await readZip(rezipped)).entries.map((entry) => entry.method);
    expect(methods).toContain(8);
    const result = await verifyBundle(rezipped);
    expect(result.ok ? [] : problemSummary(result.problems)).toEqual([]);
  });

  it.each<{
    case: string;
    tamper: (zip: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;
    expected: ExpectedProblem[];
  }>([
    {
      case: 'a truncated ZIP',
      tamper: (zip) => zip.slice(0, zip.length - 100),
      expected: [{ reason: 'truncated' }],
    },
    {
      case: 'not a ZIP at all',
      tamper: () => new TextEncoder().encode('PK, but a text file'),
      expected: [{ reason: 'not-a-zip' }],
    },
    {
      case: 'a wrong CRC',
      tamper: (zip) => setEntryField(zip, CROP, 'crc', 0),
      expected: [{ reason: 'crc-mismatch', path: CROP }],
    },
    {
      case: 'a directory whose CRC differs from the local header',
      tamper: (zip) => setCentralField(zip, CROP, 16, 4, 0),
      expected: [{ reason: 'local-header-mismatch', path: CROP }],
    },
  ])('reports $case and imports nothing', async ({ tamper, expected }) => {
    const result = await verifyBundle(new Blob([tamper(await zipBytes(await makeBundle()))]));
    expect(result.ok ? [] : problemSummary(result.problems)).toEqual(expected);
  });
});
