import { csvTable } from '../export/csv';
import type { AuthorGroup } from './author-dossier';

const HEADER = [
  'author',
  'author_key',
  'platform',
  'kind',
  'capture_id',
  'thread_id',
  'post_id',
  'captured_at_utc',
  'published',
  'url',
  'text',
  'sealed_sha256',
  'screen_sha256',
  'crop_area',
];

/**
 * A report grouped by author, for spreadsheets: one row per capture or thread post, authors
 * one after the other. Every cell stays text (see csv.ts: post text is written by strangers).
 */
export function authorReportCsv(groups: readonly AuthorGroup[]): string {
  return csvTable([
    HEADER,
    ...groups.flatMap((group) =>
      group.entries.map((entry) => [
        group.author,
        group.authorKey,
        group.platform,
        entry.kind,
        entry.kind === 'capture' ? entry.id : '',
        entry.threadId ?? '',
        entry.kind === 'post' ? entry.id : '',
        entry.capturedAt,
        entry.postedAt ?? '',
        entry.address,
        entry.text,
        entry.sealSha256,
        entry.screen?.sha256 ?? '',
        entry.screen
          ? [
              entry.screen.area.x,
              entry.screen.area.y,
              entry.screen.area.width,
              entry.screen.area.height,
            ]
              .map(Math.round)
              .join(' ')
          : '',
      ]),
    ),
  ]);
}
