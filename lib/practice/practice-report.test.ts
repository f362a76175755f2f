import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { saveCapture } from '../evidence/save-capture';
import { sampleMetadata } from '../../tests/unit/sample-capture';
import { openPracticeDatabase } from './practice-store';
import { practiceReportPdf } from './practice-report';

const hasPoppler = (() => {
  try {
    execFileSync('pdfimages', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function png(width: number, height: number): Blob {
  const image = new PNG({ width, height, colorType: 2 });
  image.data.fill(200);
  return new Blob([new Uint8Array(PNG.sync.write(image, { colorType: 2 }))], {
    type: 'image/png',
  });
}

describe.skipIf(!hasPoppler)('the practice report', () => {
  const database = openPracticeDatabase(`practice-report-${crypto.randomUUID()}`);
  afterAll(() => database.delete());

  async function report(categoryId: string) {
    const id = crypto.randomUUID();
    await saveCapture({
      database,
      metadata: sampleMetadata(id, {
        page: { ...sampleMetadata(id).page, url: 'chrome-extension://temoin/practice.html' },
      }),
      files: [{ role: 'page-screenshot', blob: png(120, 60), width: 120, height: 60 }],
    });
    const marked: Blob[] = [];
    const blob = await practiceReportPdf({
      database,
      captureId: id,
      answers: { categoryId },
      word: 'EXERCICE',
      caseName: 'Exercice en classe',
      language: 'fr',
      extensionVersion: '0.1.0',
      // The marked copy stands out by its size: the report must show it, not the original.
      mark: async (picture) => {
        marked.push(picture);
        return png(30, 15);
      },
    });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'temoin-practice-')), 'report.pdf');
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    return {
      marked,
      text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }),
      images: execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2),
    };
  }

  it('shows only the marked copy of the picture, and says EXERCICE on every page', async () => {
    const { marked, text, images } = await report('threats-or-violence');
    expect(marked).toHaveLength(1);
    expect(images.length).toBeGreaterThan(0);
    for (const row of images) expect(row).toMatch(/image\s+30\s+15\s/);
    const pages = text.split('\f').filter((page) => page.trim());
    for (const page of pages) expect(page).toContain('EXERCICE · ');
    expect(text).toContain('Exercice en classe');
    expect(text).toContain('Menaces, appel à la violence');
  });

  it('shows no picture at all for child sexual abuse, and says why', async () => {
    const { marked, text, images } = await report('child-abuse');
    expect(marked).toHaveLength(0);
    expect(images).toHaveLength(0);
    expect(text).toContain('Abus sexuel sur mineur');
  });
});
