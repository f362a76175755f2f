import type { Locale } from '../i18n/catalogue';
import { reportingText } from '../i18n/reporting-text';
import { categoryById } from './report-categories';
import type { EvidenceItem } from './evidence-item';
import { describeItem, TYPOGRAPHY } from './evidence-text';
import type { ReportAnswers } from './report-answers';

export interface Notifier {
  name: string;
  email: string;
}

export interface PlatformNotice {
  subject: string;
  body: string;
}

/**
 * A notice to the platform with the four elements Article 16(2) of the Digital Services Act
 * requires: why the content is illegal, its exact location, the notifier's name and e-mail
 * (not for child sexual abuse offences), and a statement of good faith. One notice may cover
 * several items (recital 50).
 */
export function composePlatformNotice({
  answers,
  items,
  locale,
  notifier,
  explanation,
}: {
  answers: ReportAnswers;
  items: readonly EvidenceItem[];
  locale: Locale;
  notifier?: Notifier | null;
  /** The user's own words on why it is illegal, if they wrote any. */
  explanation?: string;
}): PlatformNotice {
  const say = reportingText(locale);
  const { colon } = TYPOGRAPHY[locale];
  const category = categoryById(answers.categoryId);
  if (!category) throw new Error(`Unknown category ${answers.categoryId}`);
  const subChoice = category.subChoices.find((choice) => choice.id === answers.subChoiceId);
  const why = [
    `${category.label[locale]}${subChoice ? ` (${subChoice.label[locale]})` : ''}. ${category.explanation[locale]}`,
    ...(category.laws.length
      ? [
          `${say('notice.laws')}${colon.trimEnd()}`,
          ...category.laws.map((law) => `- ${law.reference[locale]}${colon}${law.summary[locale]}`),
        ]
      : []),
    ...(explanation?.trim() ? [explanation.trim()] : []),
  ];
  const who = category.childAbuse
    ? [say('notice.childAbuseException')]
    : [
        notifier?.name || say('notice.placeholderName'),
        notifier?.email || say('notice.placeholderEmail'),
      ];
  const body = [
    say('notice.intro', { count: items.length }),
    say('notice.a'),
    why.join('\n'),
    say('notice.b'),
    items
      .map((item, index) => describeItem(item, locale, items.length > 1 ? index : undefined))
      .join('\n\n'),
    say('notice.c'),
    who.join('\n'),
    say('notice.d'),
    say('notice.statement'),
  ].join('\n\n');
  return { subject: say('notice.subject'), body };
}

/** A `mailto:` address that opens the notice in the user's mail program, to send themselves. */
export function noticeMailto(notice: PlatformNotice, to = ''): string {
  const query = new URLSearchParams({ subject: notice.subject, body: notice.body });
  return `mailto:${encodeURIComponent(to)}?${query.toString().replace(/\+/g, '%20')}`;
}
