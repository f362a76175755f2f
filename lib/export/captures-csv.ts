import type { Annotation } from '../evidence/annotation';
import { captureName } from '../evidence/capture-name';
import type { CaptureRecord } from '../evidence/database';
import type { Locale } from '../i18n/catalogue';
import { visibleText } from '../evidence/visible-text';
import { csvTable } from './csv';

const HEADER = [
  'capture_id',
  'name',
  'captured_at_utc',
  'local_time',
  'site',
  'page_url',
  'post_url',
  'author_handle',
  'author_name',
  'published',
  'text',
  'category',
  'reported_to',
  'notes',
  'metadata_sha256',
  'screenshot_sha256',
];

/**
 * One row per capture, for moderators' spreadsheets; every cell stays text. The name is the
 * one Témoin shows everywhere, in the export's language. Control and direction characters show
 * as their code points (`[U+202E]`), so no cell reads other than it is; metadata.json keeps the
 * exact text.
 */
export function capturesCsv(
  rows: ReadonlyArray<{ capture: CaptureRecord; annotation: Annotation | undefined }>,
  locale: Locale,
): string {
  return csvTable([
    HEADER,
    ...rows.map(({ capture, annotation }) => {
      const { metadata } = capture;
      const post = metadata.post;
      const published = post?.published;
      const cells = [
        capture.id,
        captureName(metadata, locale),
        metadata.time.capturedAt,
        metadata.time.localTime,
        capture.host,
        metadata.page.url,
        post?.permalink,
        post?.authorHandle,
        post?.authorName,
        published?.kind === 'absolute'
          ? published.at
          : published?.kind === 'range'
            ? `${published.earliest}/${published.latest}`
            : '',
        post?.text ?? metadata.target.selectionText,
        annotation?.category
          ? [annotation.category.categoryId, annotation.category.subChoiceId]
              .filter(Boolean)
              .join('/')
          : '',
        (annotation?.reports ?? []).map((report) => `${report.channelId} ${report.at}`).join('; '),
        (annotation?.notes ?? []).map((note) => note.text).join(' | '),
        capture.metadataSha256,
        metadata.files.find((file) => file.role === 'page-screenshot')?.sha256,
      ];
      return cells.map((cell) => cell && visibleText(cell));
    }),
  ]);
}
