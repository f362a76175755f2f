import type { Locale } from '../i18n/catalogue';
import type { EvidenceItem } from '../reporting/evidence-item';
import { captureSite } from './capture-name';
import type { CaptureRecord } from './database';

/**
 * What a report needs from a stored capture, read from its sealed metadata. The site is named
 * in the report's language (a practice capture is « Exercice », never the extension's id);
 * PHAROS descriptions are French.
 */
export function evidenceItemOf(
  capture: CaptureRecord,
  imagesDeleted = false,
  locale: Locale = 'fr',
): EvidenceItem {
  const { metadata } = capture;
  const post = metadata.post;
  const screenshot = metadata.files.find((file) => file.role === 'page-screenshot');
  const platform = post && post.platform !== 'web' ? post.platform : undefined;
  return {
    captureId: capture.id,
    pageUrl: metadata.page.url,
    ...(post?.permalink ? { postUrl: post.permalink } : {}),
    ...(platform ? { platform } : {}),
    siteLabel: captureSite(metadata, locale),
    ...(post?.authorName ? { authorName: post.authorName } : {}),
    ...(post?.authorHandle ? { authorHandle: post.authorHandle } : {}),
    ...(post?.authorUrl ? { authorUrl: post.authorUrl } : {}),
    ...((post?.text ?? metadata.target.selectionText)
      ? { text: post?.text ?? metadata.target.selectionText }
      : {}),
    published: post?.published ?? { kind: 'unknown' },
    capturedAt: metadata.time.capturedAt,
    timeZone: metadata.time.timeZone,
    ...(screenshot && !imagesDeleted ? { screenshotSha256: screenshot.sha256 } : {}),
    metadataSha256: capture.metadataSha256,
  };
}
