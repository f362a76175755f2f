import type { Locale, TranslateIn } from '../i18n/catalogue';
import { reportingText, type ReportingKey } from '../i18n/reporting-text';
import { describeInstant } from '../time/describe-instant';
import { utcText } from '../time/utc-text';
import type { EvidenceItem } from './evidence-item';
import type { Localized } from './localized';

const EXCERPT_LENGTH = 280;

/** The start of a text, cut on a word, with an ellipsis when something was left out. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * An instant as the forms' date fields write it (the capture's local date and time), with its
 * offset, then in UTC: a reader can check one against the other.
 */
function instantText(
  iso: string,
  timeZone: string,
  locale: Locale,
  say: TranslateIn<ReportingKey>,
): string {
  const { localTime, utcOffset } = describeInstant(new Date(iso), timeZone);
  const [year, month, day] = localTime.slice(0, 10).split('-');
  const date = locale === 'fr' ? `${day}/${month}/${year}` : localTime.slice(0, 10);
  return say('evidence.instant', {
    date,
    time: localTime.slice(11, 16),
    offset: utcOffset,
    utc: utcText(iso),
  });
}

function publishedLine(item: EvidenceItem, locale: Locale, say: TranslateIn<ReportingKey>) {
  const { published, timeZone } = item;
  const at = (iso: string) => instantText(iso, timeZone, locale, say);
  if (published.kind === 'absolute') return `${say('evidence.published')} ${at(published.at)}`;
  if (published.kind === 'range') {
    return say('evidence.publishedAround', {
      earliest: at(published.earliest),
      latest: at(published.latest),
      label: published.label,
    });
  }
  return null;
}

/** French sets a space before a colon and uses guillemets; English does neither. */
export const TYPOGRAPHY: Record<Locale, { colon: string; quote: (text: string) => string }> = {
  fr: { colon: ' : ', quote: (text) => `« ${text} »` },
  en: { colon: ': ', quote: (text) => `“${text}”` },
};

/** One capture in words: where, who, what, when, and the fingerprint that proves it. */
export function describeItem(item: EvidenceItem, locale: Locale, index?: number): string {
  const say = reportingText(locale);
  const { colon, quote } = TYPOGRAPHY[locale];
  const author = [item.authorHandle, item.authorName && `(${item.authorName})`]
    .filter(Boolean)
    .join(' ');
  const number = index === undefined ? '' : ` ${index + 1}`;
  const lines = [
    `${say('evidence.content')}${number} ${say('evidence.on')} ${item.siteLabel}${author ? `, ${say('evidence.by')} ${author}` : ''}`,
    `${say('evidence.address')}${colon}${item.postUrl ?? item.pageUrl}`,
    item.text ? `${say('evidence.text')}${colon}${quote(excerpt(item.text))}` : null,
    publishedLine(item, locale, say),
    `${say('evidence.captured')} ${instantText(item.capturedAt, item.timeZone, locale, say)}`,
    `${say('evidence.hash')}${colon}${item.screenshotSha256 ?? say('evidence.deleted')}`,
  ];
  return lines.filter((line): line is string => Boolean(line)).join('\n');
}

/** The description for a form's free-text field, for one capture or several. */
export function describeEvidence(items: readonly EvidenceItem[], locale: Locale): string {
  const say = reportingText(locale);
  const parts = items.map((item, index) =>
    describeItem(item, locale, items.length > 1 ? index : undefined),
  );
  const heading = items.length > 1 ? [say('evidence.several', { count: items.length })] : [];
  return [...heading, ...parts, say('evidence.closing')].join('\n\n');
}

/** A text ready to paste into a channel that Témoin cannot fill (a chat, a complaint). */
export function readyText(
  intro: Localized,
  items: readonly EvidenceItem[],
  locale: Locale,
): string {
  return `${intro[locale]}\n\n${describeEvidence(items, locale)}`;
}
