import { csvTable } from './csv';
import type { ExportedPost } from './posts-schema';

const COLUMNS: Array<[string, (post: ExportedPost) => string | number | null]> = [
  ['source', (post) => post.source],
  ['id', (post) => post.id],
  ['platform', (post) => post.platform],
  ['platform_post_id', (post) => post.platformPostId],
  ['platform_author_id', (post) => post.platformAuthorId],
  ['permalink', (post) => post.permalink],
  ['page_url', (post) => post.pageUrl],
  ['author_name', (post) => post.authorName],
  ['author_handle', (post) => post.authorHandle],
  ['author_url', (post) => post.authorUrl],
  ['text', (post) => post.text],
  ['published_at_utc', (post) => post.publishedAt],
  ['published_earliest_utc', (post) => post.publishedEarliest],
  ['published_latest_utc', (post) => post.publishedLatest],
  ['published_label', (post) => post.publishedLabel],
  ['captured_at_utc', (post) => post.capturedAt],
  ['metadata_sha256', (post) => post.hashes.metadata],
  ['screenshot_sha256', (post) => post.hashes.screenshot],
  ['crop_sha256', (post) => post.hashes.crop],
  ['screen_seal_sha256', (post) => post.hashes.screenSeal],
  ['thread_seal_sha256', (post) => post.hashes.threadSeal],
  ['thread_id', (post) => post.threadId],
  ['screen_index', (post) => post.screenIndex],
  ['case_ids', (post) => post.caseIds.join('; ')],
  ['case_names', (post) => post.caseNames.join('; ')],
];

/**
 * One row per post, the same fields as the JSON export (`posts-schema.ts`), for spreadsheets:
 * a cell a spreadsheet would run as a formula starts with an apostrophe (`csv.ts`); the JSON
 * export has every text exactly.
 */
export function postsCsv(posts: readonly ExportedPost[]): string {
  return csvTable([
    COLUMNS.map(([name]) => name),
    ...posts.map((post) => COLUMNS.map(([, value]) => value(post))),
  ]);
}
