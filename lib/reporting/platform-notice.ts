import type { Locale } from '../i18n/translate';
import { categoryById } from './report-categories';
import type { EvidenceItem } from './evidence-item';
import { describeItem, TYPOGRAPHY } from './evidence-text';
import type { ReportAnswers } from './report-answers';
import { interpolate } from '../i18n/interpolate';

export interface Notifier {
  name: string;
  email: string;
}

export interface PlatformNotice {
  subject: string;
  body: string;
}

const HEADINGS = {
  fr: {
    subject: 'Notification de contenu illicite (règlement (UE) 2022/2065, article 16)',
    intro:
      'Je vous notifie, au titre de l’article 16 du règlement (UE) 2022/2065 sur les services numériques, le contenu illicite décrit ci-dessous. Cette notification porte sur {count} élément(s).',
    a: 'a) Pourquoi ce contenu est illicite',
    b: 'b) Emplacement exact du contenu',
    c: 'c) Auteur de la notification',
    childAbuseException:
      'Non communiqués : la notification concerne une infraction d’abus sexuel sur mineur (article 16, paragraphe 2, point c).',
    placeholderName: '[Votre nom]',
    placeholderEmail: '[Votre adresse électronique]',
    d: 'd) Déclaration',
    statement:
      'Je déclare de bonne foi que les informations et allégations contenues dans la présente notification sont exactes et complètes.',
    laws: 'Textes concernés',
  },
  en: {
    subject: 'Notice of illegal content (Regulation (EU) 2022/2065, Article 16)',
    intro:
      'Under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act), I notify you of the illegal content described below. This notice covers {count} item(s).',
    a: 'a) Why this content is illegal',
    b: 'b) Exact location of the content',
    c: 'c) Notifier',
    childAbuseException:
      'Not given: the notice concerns a child sexual abuse offence (Article 16(2)(c)).',
    placeholderName: '[Your name]',
    placeholderEmail: '[Your e-mail address]',
    d: 'd) Statement',
    statement:
      'I confirm my bona fide belief that the information and allegations contained in this notice are accurate and complete.',
    laws: 'Relevant law',
  },
} as const;

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
  const words = HEADINGS[locale];
  const { colon } = TYPOGRAPHY[locale];
  const category = categoryById(answers.categoryId);
  if (!category) throw new Error(`Unknown category ${answers.categoryId}`);
  const subChoice = category.subChoices.find((choice) => choice.id === answers.subChoiceId);
  const why = [
    `${category.label[locale]}${subChoice ? ` (${subChoice.label[locale]})` : ''}. ${category.explanation[locale]}`,
    ...(category.laws.length
      ? [
          `${words.laws}${colon.trimEnd()}`,
          ...category.laws.map((law) => `- ${law.reference[locale]}${colon}${law.summary[locale]}`),
        ]
      : []),
    ...(explanation?.trim() ? [explanation.trim()] : []),
  ];
  const who = category.childAbuse
    ? [words.childAbuseException]
    : [notifier?.name || words.placeholderName, notifier?.email || words.placeholderEmail];
  const body = [
    interpolate(words.intro, { count: items.length }),
    words.a,
    why.join('\n'),
    words.b,
    items
      .map((item, index) => describeItem(item, locale, items.length > 1 ? index : undefined))
      .join('\n\n'),
    words.c,
    who.join('\n'),
    words.d,
    words.statement,
  ].join('\n\n');
  return { subject: words.subject, body };
}

/** A `mailto:` address that opens the notice in the user's mail program, to send themselves. */
export function noticeMailto(notice: PlatformNotice, to = ''): string {
  const query = new URLSearchParams({ subject: notice.subject, body: notice.body });
  return `mailto:${encodeURIComponent(to)}?${query.toString().replace(/\+/g, '%20')}`;
}
