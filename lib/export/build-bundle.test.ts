import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { samplePng, storeSampleCapture } from '../../tests/unit/sample-capture';
import { appendCustody } from '../evidence/append-custody';
import { canonicalJson } from '../evidence/canonical-json';
import { openEvidenceDatabase } from '../evidence/database';
import { verifyCustodyChain } from '../evidence/verify-custody';
import { exportBundleManifestSchema, exportedCaptureSchema } from './bundle-format';
import { evidenceReportPdf } from '../pdf/evidence-report';
import { buildBundle } from './build-bundle';
import type { ExportProgress } from './export-progress';

async function unzipped(blob: Blob): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'temoin-bundle-'));
  const file = path.join(folder, 'bundle.zip');
  writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
  execFileSync('unzip', ['-q', file, '-d', path.join(folder, 'out')]);
  return path.join(folder, 'out');
}

describe('buildBundle', () => {
  let database: ReturnType<typeof openEvidenceDatabase>;
  let ids: string[];
  beforeEach(async () => {
    database = openEvidenceDatabase(`bundle-${crypto.randomUUID()}`);
    ids = [];
    for (let index = 0; index < 3; index += 1) ids.push(await storeSampleCapture(database));
    await appendCustody(database, ids[0]!, [
      { kind: 'category', data: { categoryId: 'threats-or-violence' } },
      { kind: 'note', data: { text: '=SOMME(A1) vu en direct' } },
    ]);
  });
  afterEach(async () => {
    await database.delete();
  });

  const build = (progress?: (step: ExportProgress) => void) =>
    buildBundle({
      database,
      captureIds: ids,
      language: 'fr',
      exportedAt: new Date('2026-11-22T12:00:00.000Z'),
      extensionVersion: '0.1.0',
      caseName: 'Dossier test',
      ...(progress ? { onProgress: progress } : {}),
    });

  it('passes sha256sum -c, with sealed metadata and custody chains that verify', async () => {
    const progress: ExportProgress[] = [];
    const out = await unzipped(await build((step) => progress.push(step)));
    // Told once per batch of captures read, then for each file of the archive.
    // Per capture: screenshot, crop, metadata, custody; then the CSV, posts.json, its schema,
    // the README and the manifest.
    const files = 3 * 4 + 6;
    expect(progress[0]).toEqual({ phase: 'reading', done: 3, total: 3 });
    expect(progress.slice(1)).toEqual(
      Array.from({ length: files + 1 }, (_, done) => ({ phase: 'archive', done, total: files })),
    );
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out }).toString();
    expect(check.trim().split('\n')).toHaveLength(3 * 4 + 5);
    expect(check).not.toMatch(/FAILED/);

    const manifest = exportBundleManifestSchema.parse(
      JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')),
    );
    expect(manifest.captures).toHaveLength(3);
    for (const metadataPath of manifest.captures) {
      const exported = exportedCaptureSchema.parse(
        JSON.parse(readFileSync(path.join(out, metadataPath), 'utf8')),
      );
      expect(createHash('sha256').update(canonicalJson(exported.metadata)).digest('hex')).toBe(
        exported.metadataSha256,
      );
      const custody = readFileSync(path.join(out, exported.custodyPath), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      expect(
        await verifyCustodyChain(custody, exported.metadataSha256, exported.captureId),
      ).toBeNull();
    }
    const csv = readFileSync(path.join(out, 'captures.csv'), 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    // Each row carries the capture's one name, in the export's language.
    expect(csv.trim().split('\r\n')[0]).toMatch(/^\uFEFF?capture_id,name,captured_at_utc,/);
    expect(csv.split('www.reddit.com · Exemple')).toHaveLength(4);
    expect(csv).toContain(`"'=SOMME(A1) vu en direct"`);
    expect(readFileSync(path.join(out, 'README.txt'), 'utf8')).toContain('sha256sum -c SHA256SUMS');
  });

  it('lists the sealed hash of an image changed in the store, so the check names that file', async () => {
    await database.files.update(`${ids[1]}/page-screenshot`, { blob: samplePng([9, 9, 9]) });
    const out = await unzipped(await build());
    let output = '';
    try {
      execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out, stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout: Buffer }).stdout);
    }
    expect(output.trim().split('\n')).toEqual([
      expect.stringMatching(/page-screenshot\.png: FAILED$/),
    ]);
  });

  it('holds the PDF report, checked by SHA256SUMS like every other file', async () => {
    const out = await unzipped(
      await buildBundle({
        database,
        captureIds: ids,
        language: 'fr',
        exportedAt: new Date('2026-11-22T12:00:00.000Z'),
        extensionVersion: '0.1.0',
        pdf: (captures) =>
          evidenceReportPdf({
            captures,
            language: 'fr',
            exportedAt: new Date('2026-11-22T12:00:00.000Z'),
            extensionVersion: '0.1.0',
          }),
      }),
    );
    const check = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: out }).toString();
    expect(check).toContain('report.pdf: OK');
    const pdf = readFileSync(path.join(out, 'report.pdf'), 'latin1');
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    expect(pdf.match(/Capture \d sur 3/g)).toHaveLength(3);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      buildBundle({
        database,
        captureIds: ids,
        language: 'en',
        exportedAt: new Date(),
        extensionVersion: '0.1.0',
        signal: controller.signal,
      }),
    ).rejects.toThrow();
  });
});
