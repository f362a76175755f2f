import type { EvidenceDatabase } from '../evidence/database';
import { emptyAnnotation } from '../evidence/annotation';
import type { ReportAnswers } from '../reporting/report-answers';
import { categoryById } from '../reporting/report-categories';
import { evidenceReportPdf } from '../pdf/evidence-report';
import type { EvidenceReportOptions } from '../pdf/report-context';

export interface PracticeReportOptions extends Pick<
  EvidenceReportOptions,
  'language' | 'extensionVersion' | 'platformName' | 'toJpeg' | 'fonts'
> {
  database: EvidenceDatabase;
  captureId: string;
  /** What the pupil said it is; kept in the report, never written to the store. */
  answers: Pick<ReportAnswers, 'categoryId' | 'subChoiceId'> | null;
  /** « EXERCICE » in the report's language. */
  word: string;
  caseName: string;
  /** Burns the word into a copy of a picture. */
  mark: (picture: Blob, word: string) => Promise<Blob>;
  exportedAt?: Date;
}

/**
 * The report for a complaint, made from a practice capture as Témoin makes the real one, with
 * the practice word on every page and burned into its picture. For a category whose images may
 * not be kept, it shows none, as the real report does once they are deleted.
 */
export async function practiceReportPdf(options: PracticeReportOptions): Promise<Blob> {
  const { database, captureId, answers, word } = options;
  const capture = await database.captures.get(captureId);
  if (!capture) throw new Error(`No practice capture ${captureId}`);
  const exportedAt = options.exportedAt ?? new Date();
  const stored = await database.files.where('captureId').equals(captureId).toArray();
  const noImages = Boolean(categoryById(answers?.categoryId)?.childAbuse);
  const files = noImages
    ? []
    : await Promise.all(
        stored
          .filter((file) => file.role !== 'thumbnail')
          .map(async (file) => ({ ...file, blob: await options.mark(file.blob, word) })),
      );
  return evidenceReportPdf({
    captures: [
      {
        capture,
        annotation: {
          ...emptyAnnotation(captureId),
          ...(answers ? { category: { ...answers } } : {}),
          ...(noImages ? { imagesDeletedAt: exportedAt.toISOString() } : {}),
        },
        custody: await database.custody.where('captureId').equals(captureId).sortBy('index'),
        files,
      },
    ],
    language: options.language,
    exportedAt,
    extensionVersion: options.extensionVersion,
    caseName: options.caseName,
    mark: word,
    ...(options.platformName ? { platformName: options.platformName } : {}),
    ...(options.toJpeg ? { toJpeg: options.toJpeg } : {}),
    ...(options.fonts ? { fonts: options.fonts } : {}),
  });
}
