import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CustodyEntry } from '../evidence/custody-entry';
import { HASH, pngBlob, sampleCapture } from '../../tests/unit/pictured-report-capture';
import { reportFontFiles } from '../../tests/unit/report-font-files';
import { evidenceReportPdf } from './evidence-report';
import type { ReportCapture } from './report-context';
import { textWidth } from './font-metrics';
import { wrapText } from './page-flow';
import { pngForPdf } from './pdf-image';
import { fromWinAnsi, toWinAnsi } from './win-ansi';

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const options = (captures: ReportCapture[], language: 'fr' | 'en' = 'fr') => ({
  captures,
  language,
  exportedAt: new Date('2026-11-22T12:00:00.000Z'),
  extensionVersion: '0.1.0',
  caseName: 'Harcèlement sur le stream',
  platformName: (platform: string) => (platform === 'x' ? 'X (Twitter)' : platform),
});

async function latin1(blob: Blob): Promise<string> {
  return Buffer.from(await blob.arrayBuffer()).toString('latin1');
}

function writeTemp(bytes: ArrayBuffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'temoin-pdf-')), 'report.pdf');
  writeFileSync(file, Buffer.from(bytes));
  return file;
}

describe('text for the standard fonts', () => {
  it('keeps French letters and marks, and names characters it cannot draw', () => {
    const encoded = toWinAnsi('« Élève » l’œuvre — 10\u202f€ 😡');
    expect(fromWinAnsi(encoded)).toBe('« Élève » l’œuvre — 10\u00a0€ [U+1F621]');
    expect([...encoded].every((character) => character.charCodeAt(0) <= 0xff)).toBe(true);
  });

  it('breaks lines within the width, and long addresses after a slash', () => {
    const text = toWinAnsi(
      'Voir https://www.example.org/un/chemin/tres/long/qui/ne/tient/pas/sur/une/ligne/du/tout?id=1234567890 et la suite du texte.',
    );
    const measure = (line: string) => textWidth(line, 'regular', 10);
    const lines = wrapText(text, measure, 150);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(150);
    expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
    expect(lines.some((line) => line.endsWith('/'))).toBe(true);
  });
});

describe('PNG screenshots in the PDF', () => {
  it('takes an RGB PNG as it is and refuses one with transparency', async () => {
    const rgb = await pngForPdf(pngBlob(30, 20));
    expect(rgb).toMatchObject({ kind: 'png', width: 30, height: 20, colors: 3 });
    expect(await pngForPdf(pngBlob(30, 20, true))).toBeNull();
    expect(await pngForPdf(new Blob([new Uint8Array([1, 2, 3])]))).toBeNull();
  });
});

describe('the evidence report', () => {
  it('is a well-formed PDF whose cross-reference table points at every object', async () => {
    const pdf = await latin1(await evidenceReportPdf(options([sampleCapture()])));
    expect(pdf.startsWith('%PDF-1.4')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)![1]);
    const table = pdf.slice(startxref);
    const [, count] = /^xref\n0 (\d+)\n/.exec(table)!;
    const offsets = [...table.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(Number(count) - 1);
    offsets.forEach((offset, index) =>
      expect(pdf.slice(offset, offset + 12)).toMatch(new RegExp(`^${index + 1} 0 obj\\n`)),
    );
    // Every stream's declared length is its real length.
    for (const match of pdf.matchAll(/\/Length (\d+) >>\nstream\n/g)) {
      const start = match.index + match[0].length;
      expect(pdf.slice(start + Number(match[1]), start + Number(match[1]) + 10)).toBe(
        '\nendstream',
      );
    }
  });

  it('draws the screenshot once and the post as the sealed screenshot clipped to its area', async () => {
    const pdf = await latin1(await evidenceReportPdf(options([sampleCapture()])));
    expect(pdf.match(/\/Subtype \/Image/g)).toHaveLength(1);
    expect(pdf).toContain('/Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3');
    // The crop: a clip the size of the area, the whole image scaled around it.
    const crop =
      /q [\d.]+ [\d.]+ ([\d.]+) ([\d.]+) re W n ([\d.]+) 0 0 ([\d.]+) [-\d.]+ [-\d.]+ cm \/Im1 Do Q/.exec(
        pdf,
      )!;
    const [clipWidth, clipHeight, imageWidth, imageHeight] = crop.slice(1).map(Number);
    expect(clipWidth! / clipHeight!).toBeCloseTo(80 / 40, 2);
    expect(imageWidth! / clipWidth!).toBeCloseTo(200 / 80, 2);
    expect(imageHeight! / imageWidth!).toBeCloseTo(100 / 200, 2);
    expect(pdf.match(/\/Im1 Do/g)).toHaveLength(2);
  });

  it.skipIf(!hasPoppler)(
    'reads, with pdftotext, every fact a complaint needs',
    async () => {
      const blob = await evidenceReportPdf({
        ...options([sampleCapture(), sampleCapture()]),
        fonts: reportFontFiles(),
      });
      const file = writeTemp(await blob.arrayBuffer());
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const expected of [
        'Rapport de preuves numériques',
        'Harcèlement sur le stream',
        'Capture 1 sur 2',
        'Capture 2 sur 2',
        // Each capture's one name, in the summary and above its page.
        'X (Twitter) · @troll_42 · « Tu vas voir ce qui t’arrive',
        'https://x.com/troll_42/status/1861234567890123456',
        'Le Troll (officiel), @troll_42',
        'Tu vas voir ce qui t’arrive… « menace » \\ fin 😡',
        '2026-11-21 19:45:00 UTC',
        '2026-11-22T08:00:00.123Z',
        'Europe/Paris',
        'Troisième message de ce compte cette semaine.',
        'stream du 21',
        'PHAROS',
        HASH('a'),
        HASH('b'),
        HASH('d'),
        'sha256sum -c SHA256SUMS',
        'Comment ces preuves ont été recueillies',
        'page 1 sur',
      ])
        expect(text).toContain(expected);
      expect(text.split('X (Twitter) · @troll_42 · «')).toHaveLength(1 + 2 * 2);
      const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
      const rows = images.trim().split('\n').slice(2);
      // Each capture's screenshot is drawn twice (the post, then the page) from one image.
      expect(rows).toHaveLength(4);
      for (const row of rows) expect(row).toMatch(/image\s+200\s+100\s+rgb\s+3\s+8/);
      expect(new Set(rows.map((row) => row.split(/\s+/)[11])).size).toBe(2);
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(
        /Title:\s+Rapport de preuves numériques, Harcèlement sur le stream/,
      );
    },
    30_000,
  );

  it.skipIf(!hasPoppler)('shows a NUL and a right-to-left override visibly', async () => {
    const item = sampleCapture();
    const post = { ...item.capture.metadata.post!, text: 'avant\u0000après photo\u202Egpj.exe' };
    item.capture = { ...item.capture, metadata: { ...item.capture.metadata, post } };
    const file = writeTemp(await (await evidenceReportPdf(options([item]))).arrayBuffer());
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('avant[U+0000]après photo[U+202E]gpj.exe');
  });

  it.skipIf(!hasPoppler)('prints a practice mark above the title and on every page', async () => {
    const blob = await evidenceReportPdf({
      ...options([sampleCapture(), sampleCapture()]),
      mark: 'EXERCICE',
    });
    const file = writeTemp(await blob.arrayBuffer());
    const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim());
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toMatch(/EXERCICE · /);
    expect(pages[0]!.trim().startsWith('EXERCICE')).toBe(true);
  });

  it.skipIf(!hasPoppler)('is in English when asked', async () => {
    const file = writeTemp(
      await (await evidenceReportPdf(options([sampleCapture()], 'en'))).arrayBuffer(),
    );
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Digital evidence report');
    expect(text).toContain('How to verify it');
    expect(text).toContain('Capture 1 of 1');
  });

  it('prints no image of a capture whose images were deleted, and keeps their hashes', async () => {
    const item = sampleCapture();
    const deleted = sampleCapture({
      files: [],
      annotation: { ...item.annotation!, imagesDeletedAt: '2026-11-22T10:00:00.000Z' },
      custody: [
        ...item.custody,
        {
          ...item.custody[1]!,
          index: 2,
          kind: 'images-deleted',
          data: {
            reason: 'child-abuse-category',
            files: [{ role: 'page-screenshot', sha256: HASH('f') }],
          },
        } as CustodyEntry,
      ],
    });
    const pdf = await latin1(await evidenceReportPdf(options([deleted])));
    expect(pdf).not.toContain('/Subtype /Image');
    expect(fromWinAnsi(pdf)).toContain('Images supprimées');
    expect(pdf).toContain(HASH('f'));
  });

  it('asks for a JPEG copy of a screenshot the PDF cannot take, or says it is missing', async () => {
    const withAlpha = pngBlob(200, 100, true);
    const item = sampleCapture({}, withAlpha);
    const asked: Blob[] = [];
    const pdf = await latin1(
      await evidenceReportPdf({
        ...options([item]),
        toJpeg: async (blob) => (asked.push(blob), null),
      }),
    );
    expect(asked).toEqual([withAlpha]);
    expect(pdf).not.toContain('/Subtype /Image');
    expect(fromWinAnsi(pdf)).toContain('Aucune capture d’écran');
  });

  it('still writes the report when an image cannot be read at all', async () => {
    const item = sampleCapture({}, new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }));
    const pdf = await latin1(
      await evidenceReportPdf({
        ...options([item]),
        toJpeg: () => Promise.reject(new DOMException('cannot decode', 'EncodingError')),
      }),
    );
    expect(fromWinAnsi(pdf)).toContain('Aucune capture d’écran');
    expect(pdf).toContain(HASH('a'));
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      evidenceReportPdf({ ...options([sampleCapture()]), signal: controller.signal }),
    ).rejects.toThrow();
  });
});
