import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sha256Sums } from './sha256-sums';
import { zipArchive } from './zip-archive';

const modified = new Date(2026, 10, 22, 9, 30, 12);

async function writeArchive(blob: Blob): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'temoin-zip-'));
  const file = path.join(folder, 'export.zip');
  writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
  return file;
}

describe('zipArchive', () => {
  it('writes an archive that the system unzip tests, lists and extracts byte for byte', async () => {
    const png = new Uint8Array(70_000).map((_, index) => (index * 31) % 256);
    const archive = await zipArchive([
      { name: 'captures/é-1/page.png', data: new Blob([png]), modified },
      { name: 'captures/é-1/metadata.json', data: '{"a":1}\n', modified },
      { name: 'vide.txt', data: new Uint8Array(), modified },
    ]);
    const file = await writeArchive(archive);
    expect(execFileSync('unzip', ['-t', file]).toString()).toContain('No errors detected');
    const listing = execFileSync('unzip', ['-Z1', file]).toString().trim().split('\n');
    expect(listing).toEqual(['captures/é-1/page.png', 'captures/é-1/metadata.json', 'vide.txt']);
    const out = path.join(path.dirname(file), 'out');
    execFileSync('unzip', ['-q', file, '-d', out]);
    expect(new Uint8Array(readFileSync(path.join(out, 'captures/é-1/page.png')))).toEqual(png);
    expect(readFileSync(path.join(out, 'captures/é-1/metadata.json'), 'utf8')).toBe('{"a":1}\n');
    expect(execFileSync('unzip', ['-Z', '-l', file]).toString()).toContain('26-Nov-22 09:30');
  });

  it('writes a SHA256SUMS that sha256sum -c accepts, and that fails on a changed byte', async () => {
    const bytes = new TextEncoder().encode('preuve');
    const { createHash } = await import('node:crypto');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const archive = await zipArchive([
      { name: 'a b/preuve.png', data: bytes, modified },
      { name: 'SHA256SUMS', data: sha256Sums([{ path: 'a b/preuve.png', sha256 }]), modified },
    ]);
    const file = await writeArchive(archive);
    const out = path.join(path.dirname(file), 'out');
    execFileSync('unzip', ['-q', file, '-d', out]);
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out }).toString()).toContain(
      'a b/preuve.png: OK',
    );
    writeFileSync(path.join(out, 'a b/preuve.png'), 'Preuve');
    expect(() =>
      execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out, stdio: 'pipe' }),
    ).toThrow();
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      zipArchive([{ name: 'a', data: 'a', modified }], { signal: controller.signal }),
    ).rejects.toThrow();
  });
});
