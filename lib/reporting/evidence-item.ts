import type { PublicationTime } from '../sites/post-details';

/**
 * What a report needs to know about one capture, read from its sealed metadata. Reports,
 * ready texts and form plans are composed from this, never from the database records.
 */
export interface EvidenceItem {
  captureId: string;
  /** The page the capture was taken on. */
  pageUrl: string;
  /** The post's own address when the platform showed one. */
  postUrl?: string;
  /** Platform id from `lib/sites/supported-sites.ts` (`x`, `twitch`...), or `generic`. */
  platform?: string;
  /** The platform's name for people ("X (Twitter)", "Twitch"), or the page's host. */
  siteLabel: string;
  authorName?: string;
  authorHandle?: string;
  authorUrl?: string;
  /** The post's text as shown, or the text the user selected. */
  text?: string;
  published: PublicationTime;
  /** When the capture was taken, UTC ISO 8601 with milliseconds. */
  capturedAt: string;
  /** The IANA time zone of the device at capture, for local dates in forms. */
  timeZone: string;
  /** SHA-256 of the page screenshot as the browser gave it; absent when images were deleted. */
  screenshotSha256?: string;
  /** A capture's sealed metadata; a thread's post has its thread's seal instead. */
  metadataSha256?: string;
  /** The thread the post was captured in, when it was. */
  threadId?: string;
}
