import type { EvidenceItem } from '../reporting/evidence-item';
import { platformLabel } from '../sites/platform-names';
import type { CaptureRecord } from './database';

/** What a report needs from a stored capture, read from its sealed metadata. */
export function evidenceItemOf(capture: CaptureRecord, imagesDeleted = false): EvidenceItem {
  const { metadata } = capture;
  const post = metadata.post;
  const screenshot = metadata.files.find((file) => file.role === 'page-screenshot');
  const platform = post && post.platform !== 'web' ? post.platform : undefined;
  return {
    captureId: capture.id,
    pageUrl: metadata.page.url,
    ...(post?.permalink ? { postUrl: post.permalink } : {}),
    ...(platform ? { platform } : {}),
    siteLabel: platformLabel(platform) ?? capture.host,
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
