import type { Annotation } from '../evidence/annotation';
import type { CustodyEntry } from '../evidence/custody-entry';
import type { CaptureRecord, FileRecord } from '../evidence/database';
import type { SealRecord } from '../seal/seal-records';
import { pdfText, type PdfTranslate } from '../i18n/pdf-text';
import { dateTimeFormat } from '../i18n/translate';
import { utcText } from '../time/utc-text';
import type { PdfImage } from './pdf-image';
import type { ReportFontFiles } from './report-fonts';

/** One capture as the report reads it: the sealed record, its annotation, log and files. */
export interface ReportCapture {
  capture: CaptureRecord;
  annotation: Annotation | undefined;
  custody: CustodyEntry[];
  files: FileRecord[];
  /** Its seal from a timestamp authority, when it has one. */
  seal?: SealRecord | undefined;
}

export interface EvidenceReportOptions {
  captures: readonly ReportCapture[];
  language: 'fr' | 'en';
  exportedAt: Date;
  extensionVersion: string;
  caseName?: string;
  /**
   * A word printed above the title and in every page's footer: « EXERCICE » on a practice
   * report, so no page of it can pass for evidence.
   */
  mark?: string;
  /** Names a platform id for people ("x" → "X"). */
  platformName?: (platform: string) => string;
  /**
   * Turns an image the PDF cannot take as it is (a PNG with transparency, say) into a JPEG.
   * Only the browser can; without it such a screenshot is left out and the report says so.
   */
  toJpeg?: (image: Blob) => Promise<PdfImage | null>;
  /**
   * The fonts to embed so the text prints as written (Arabic, Cyrillic, emoji…); without them
   * the standard fonts print a character outside Latin-1 as its code point.
   */
  fonts?: ReportFontFiles;
  /**
   * The authority the export's SHA256SUMS is sent to for its seal, after this report is
   * written; null when the seal is off; absent, the report says nothing of it.
   */
  exportSeal?: { authorityName: string } | null;
  signal?: AbortSignal;
  /** Told after each capture's pages are written, with how many are. */
  onProgress?: (done: number) => void;
}

/** What every part of the report writes with: its words, dates and platform names. */
export interface ReportContext {
  language: 'fr' | 'en';
  say: PdfTranslate;
  /** A date and time in words, in a time zone if given; in UTC if the zone is unknown. */
  when: (iso: string, timeZone?: string) => string;
  platformName: (platform: string) => string;
  /** The separator between a label and its value in the report's language. */
  colon: string;
}

export function reportContext({ language, platformName }: EvidenceReportOptions): ReportContext {
  return {
    language,
    say: pdfText(language),
    when: (iso, timeZone) => {
      try {
        return dateTimeFormat(language, {
          dateStyle: 'long',
          timeStyle: 'long',
          ...(timeZone ? { timeZone } : {}),
        }).format(new Date(iso));
      } catch {
        return utcText(iso);
      }
    },
    platformName: platformName ?? ((platform) => platform),
    colon: language === 'fr' ? '\u202f: ' : ': ',
  };
}
