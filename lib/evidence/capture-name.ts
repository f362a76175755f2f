import type { Locale } from '../i18n/catalogue';
import { nameText } from '../i18n/name-text';
import { formatDateTime } from '../i18n/translate';
import { excerpt } from '../reporting/evidence-text';
import { platformLabel } from '../sites/platform-names';
import type { CaptureMetadata } from './capture-metadata';
import { hostOf } from './host-of';
import { visibleText } from './visible-text';

/** What a name is made of: the page, the post, and a selection when there is no post text. */
export type NamedMetadata = Pick<CaptureMetadata, 'page' | 'post'> & {
  target?: Pick<CaptureMetadata['target'], 'selectionText'>;
};

const SEPARATOR = ' · ';
const EXCERPT_LENGTH = 60;

/**
 * A page of Témoin's practice space (the practice page, the training form, the quiz), in any
 * install of it (the extension id differs per install).
 */
export function isPracticePage(url: string): boolean {
  return /^(chrome|moz)-extension:\/\/[^/]+\/(practice|training-form|practice-quiz)\.html(?:[?#]|$)/.test(
    url,
  );
}

/**
 * Where a capture was made, for people: « Exercice » on the practice page, the platform's name
 * when its extractor read the post, otherwise the site's host.
 */
export function captureSite(metadata: Pick<NamedMetadata, 'page' | 'post'>, locale: Locale) {
  const say = nameText(locale);
  if (isPracticePage(metadata.page.url)) return say('practice');
  const platform = metadata.post?.platform;
  const label = platform && platform !== 'web' ? platformLabel(platform) : undefined;
  return label ?? (hostOf(metadata.page.url) || say('localFile'));
}

/**
 * The one name of a capture, the same in the toast, the popup, the library, the report page,
 * the PDF and the CSV: where, who, and the start of what was said (« X (Twitter) · @someone ·
 * « the first words… » »); the page title when there is no post. A handle is shown once, and
 * never the extension's own id. Hidden characters show as their code points.
 */
export function captureName(metadata: NamedMetadata, locale: Locale): string {
  const say = nameText(locale);
  const post = metadata.post;
  const author = post?.authorHandle?.trim() || post?.authorName?.trim();
  const text = withoutAuthor(post?.text ?? metadata.target?.selectionText ?? '', author);
  const said = text ? say('quote', { text: excerpt(text, EXCERPT_LENGTH) }) : undefined;
  const about = author || said ? [author, said] : [excerpt(metadata.page.title, EXCERPT_LENGTH)];
  return visibleText([captureSite(metadata, locale), ...about].filter(Boolean).join(SEPARATOR));
}

/** « Capturé le 20 nov. 2026, 21:14:05 »: a capture time is never shown without its label. */
export function capturedOn(capturedAt: string, locale: Locale): string {
  return nameText(locale)('capturedOn', { time: formatDateTime(capturedAt, locale) });
}

/** The text on one line, without the author's name where a reader read it as the first words. */
function withoutAuthor(text: string, author: string | undefined): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!author || !flat.startsWith(author)) return flat;
  const rest = flat.slice(author.length);
  return !rest || /^[\s:·,-]/.test(rest) ? rest.replace(/^[\s:·,-]+/, '') : flat;
}
