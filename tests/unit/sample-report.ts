import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CaptureMetadata } from '../../lib/evidence/capture-metadata';
import { evidenceReportPdf } from '../../lib/pdf/evidence-report';
import type { EvidenceReportOptions, ReportCapture } from '../../lib/pdf/report-context';
import { reportFontFiles } from './report-font-files';
import { sampleMetadata } from './sample-capture';

/** A capture of a post saying `text`, with no pictures, for tests of the report's words. */
export function reportCapture(
  text: string,
  extra: Partial<CaptureMetadata> = {},
  seal?: ReportCapture['seal'],
): ReportCapture {
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
    ...extra,
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
    seal,
  };
}

/** Writes the report, with its embedded fonts, to a file and returns the file's path. */
export async function reportFile(
  captures: ReportCapture[],
  options: Partial<EvidenceReportOptions> = {},
): Promise<string> {
  const blob = await evidenceReportPdf({
    captures,
    language: 'fr',
    exportedAt: new Date('2026-11-22T12:00:00.000Z'),
    extensionVersion: '0.1.0',
    fonts: reportFontFiles(),
    ...options,
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'temoin-report-')), 'report.pdf');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  return file;
}

/** The report's text as pdftotext reads it, lines joined where they wrapped. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}
