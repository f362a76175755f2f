import { interpolate } from '../i18n/interpolate';
import type { Locale } from '../i18n/translate';
import { utcText } from '../time/utc-text';
import type { PublicationTime } from '../sites/post-details';
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

const WORDS: Record<Locale, Record<string, string>> = {
  fr: {
    content: 'Contenu',
    on: 'sur',
    by: 'publié par',
    address: 'Adresse',
    text: 'Texte affiché',
    published: 'Publié le',
    publishedAround: 'Publié entre le {earliest} et le {latest} (affiché « {label} »)',
    captured: 'Capturé le',
    hash: 'SHA-256 de la capture d’écran',
    deleted: 'images supprimées (contenu pédocriminel), empreintes conservées',
    closing:
      'Captures conservées par le déclarant avec l’extension Témoin ; empreintes SHA-256 vérifiables.',
  },
  en: {
    content: 'Content',
    on: 'on',
    by: 'posted by',
    address: 'Address',
    text: 'Text shown',
    published: 'Published on',
    publishedAround: 'Published between {earliest} and {latest} (shown “{label}”)',
    captured: 'Captured on',
    hash: 'SHA-256 of the screenshot',
    deleted: 'images deleted (child sexual abuse), hashes kept',
    closing:
      'Captures kept by the reporter with the Témoin extension; SHA-256 hashes can be checked.',
  },
};

function publishedLine(published: PublicationTime, words: Record<string, string>): string | null {
  if (published.kind === 'absolute') return `${words.published} ${utcText(published.at)}`;
  if (published.kind === 'range') {
    return interpolate(words.publishedAround!, {
      earliest: utcText(published.earliest),
      latest: utcText(published.latest),
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
  const words = WORDS[locale];
  const { colon, quote } = TYPOGRAPHY[locale];
  const author = [item.authorHandle, item.authorName && `(${item.authorName})`]
    .filter(Boolean)
    .join(' ');
  const number = index === undefined ? '' : ` ${index + 1}`;
  const lines = [
    `${words.content}${number} ${words.on} ${item.siteLabel}${author ? `, ${words.by} ${author}` : ''}`,
    `${words.address}${colon}${item.postUrl ?? item.pageUrl}`,
    item.text ? `${words.text}${colon}${quote(excerpt(item.text))}` : null,
    publishedLine(item.published, words),
    `${words.captured} ${utcText(item.capturedAt)}`,
    `${words.hash}${colon}${item.screenshotSha256 ?? words.deleted}`,
  ];
  return lines.filter((line): line is string => Boolean(line)).join('\n');
}

/** The description for a form's free-text field, for one capture or several. */
export function describeEvidence(items: readonly EvidenceItem[], locale: Locale): string {
  const parts = items.map((item, index) =>
    describeItem(item, locale, items.length > 1 ? index : undefined),
  );
  return [...parts, WORDS[locale].closing!].join('\n\n');
}

/** A text ready to paste into a channel that Témoin cannot fill (a chat, a complaint). */
export function readyText(
  intro: Localized,
  items: readonly EvidenceItem[],
  locale: Locale,
): string {
  return `${intro[locale]}\n\n${describeEvidence(items, locale)}`;
}
