import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sampleMetadata } from '../../tests/unit/sample-capture';
import { reportFontFiles } from '../../tests/unit/report-font-files';
import type { CaptureMetadata } from '../evidence/capture-metadata';
import { evidenceReportPdf } from './evidence-report';
import type { ReportCapture } from './report-context';

const SENTENCE = 'Élève « é » Привет мир 😡 مرحبا بكم';

function capture(text: string): ReportCapture {
  const metadata = {
    ...sampleMetadata('6f1c2f2e-8a55-4f43-9a3c-1b1d2e3f4a5b', {
      post: {
        platform: 'x',
        extractor: 'x',
        kind: 'post',
        authorHandle: '@troll_42',
        text,
        published: { kind: 'unknown' },
        mediaUrls: [],
        missing: [],
      },
    }),
    files: [],
  } as unknown as CaptureMetadata;
  return {
    capture: {
      id: metadata.id,
      capturedAt: metadata.time.capturedAt,
      host: 'x.com',
      metadata,
      metadataSha256: 'b'.repeat(64),
    },
    annotation: undefined,
    custody: [],
    files: [],
  };
}

async function reportFile(text: string): Promise<string> {
  const blob = await evidenceReportPdf({
    captures: [capture(text)],
    language: 'fr',
    exportedAt: new Date('2026-11-22T12:00:00.000Z'),
    extensionVersion: '0.1.0',
    fonts: reportFontFiles(),
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'temoin-fonts-')), 'report.pdf');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  return file;
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

describe('the report with embedded fonts', () => {
  it('gives back with pdftotext Latin, Cyrillic, Arabic and an emoji as written', async () => {
    const file = await reportFile(SENTENCE);
    const text = run('pdftotext', [file, '-']);
    for (const expected of ['Élève « é » Привет мир 😡', 'مرحبا بكم', 'Rapport de preuves'])
      expect(text).toContain(expected);
    expect(text).not.toContain('[U+');
  });

  it('embeds subsets of its fonts, and passes qpdf --check', async () => {
    const file = await reportFile(SENTENCE);
    const fonts = run('pdffonts', [file]).trim().split('\n').slice(2);
    const embedded = fonts.filter((row) => /CID TrueType\s+Identity-H\s+yes yes yes/.test(row));
    expect(embedded.map((row) => row.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''))).toEqual([
      'NotoSans-Regular',
      'NotoSansArabic-Regular',
      'NotoEmoji-Regular',
    ]);
    for (const row of embedded) expect(row).toMatch(/^[A-Z]{6}\+/);
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('prints a character no embedded font has as its code point', async () => {
    const text = run('pdftotext', [await reportFile('漢字 ok'), '-']);
    expect(text).toContain('[U+6F22][U+5B57] ok');
  });
});
