import type { EvidenceItem } from './evidence-item';
import { describeEvidence, excerpt } from './evidence-text';
import { composePlatformNotice, noticeMailto } from './platform-notice';
import { platformReportPage } from './platform-report-pages';
import type { ReportAnswers } from './report-answers';

const item = (extra: Partial<EvidenceItem> = {}): EvidenceItem => ({
  captureId: 'c1',
  pageUrl: 'https://www.twitch.tv/exemple',
  postUrl: 'https://www.twitch.tv/exemple/clip/1',
  platform: 'twitch',
  siteLabel: 'Twitch',
  authorName: 'Troll',
  authorHandle: '@troll_fictif',
  text: 'Tu vas voir ce soir',
  published: { kind: 'absolute', at: '2026-11-21T20:15:00.000Z' },
  capturedAt: '2026-11-21T20:16:01.250Z',
  timeZone: 'Europe/Paris',
  screenshotSha256: 'b'.repeat(64),
  metadataSha256: 'a'.repeat(64),
  ...extra,
});

const answers: ReportAnswers = {
  categoryId: 'threats-or-violence',
  visibility: 'public',
  role: 'witness',
  minorInvolved: 'no',
  immediateDanger: false,
  scam: false,
};

describe('excerpt', () => {
  it.each([
    ['court', 10, 'court'],
    ['un  texte\n\navec   des blancs', 100, 'un texte avec des blancs'],
    ['mot mot mot mot mot', 12, 'mot mot mot…'],
    ['motinterminablesansespace', 10, 'motintermi…'],
  ])('%j cut at %i → %j', (text, length, expected) => {
    expect(excerpt(text, length)).toBe(expected);
  });
});

describe('describeEvidence', () => {
  it('says where, who, what, when in local time as the date fields do then in UTC, and the screenshot’s SHA-256', () => {
    expect(describeEvidence([item()], 'fr')).toBe(
      [
        'Contenu sur Twitch, publié par @troll_fictif (Troll)',
        'Adresse : https://www.twitch.tv/exemple/clip/1',
        'Texte affiché : « Tu vas voir ce soir »',
        'Publié le 21/11/2026 à 21:15 (heure locale, UTC+01:00), soit 2026-11-21 20:15:00 UTC',
        'Capturé le 21/11/2026 à 21:16 (heure locale, UTC+01:00), soit 2026-11-21 20:16:01 UTC',
        `SHA-256 de la capture d’écran : ${'b'.repeat(64)}`,
        '',
        'Captures conservées par le déclarant avec l’extension Témoin ; empreintes SHA-256 vérifiables.',
      ].join('\n'),
    );
  });

  it('numbers several captures and says when images were deleted', () => {
    const text = describeEvidence(
      [item(), item({ screenshotSha256: undefined, postUrl: undefined })],
      'en',
    );
    expect(text).toContain('Content 1 on Twitch, posted by @troll_fictif (Troll)');
    expect(text).toContain('Content 2 on Twitch');
    expect(text).toContain('Address: https://www.twitch.tv/exemple\n');
    expect(text).toContain('SHA-256 of the screenshot: images deleted');
    expect(text).toContain('Text shown: “Tu vas voir ce soir”');
  });

  it('gives a range for a relative publication time', () => {
    const text = describeEvidence(
      [
        item({
          published: {
            kind: 'range',
            label: 'il y a 2 h',
            earliest: '2026-11-21T18:00:00.000Z',
            latest: '2026-11-21T19:00:00.000Z',
          },
        }),
      ],
      'fr',
    );
    expect(text).toContain(
      'Publié entre le 21/11/2026 à 19:00 (heure locale, UTC+01:00), soit 2026-11-21 18:00:00 UTC et le 21/11/2026 à 20:00 (heure locale, UTC+01:00), soit 2026-11-21 19:00:00 UTC (affiché « il y a 2 h »)',
    );
  });
});

describe('composePlatformNotice', () => {
  it.each(['fr', 'en'] as const)('holds the four elements of DSA art. 16(2) (%s)', (locale) => {
    const { subject, body } = composePlatformNotice({
      answers,
      items: [item()],
      locale,
      notifier: { name: 'Léa Martin', email: 'lea@exemple.fr' },
    });
    expect(subject).toContain('2022/2065');
    const headings = body.split('\n').filter((line) => /^[abcd]\) /.test(line));
    expect(headings).toHaveLength(4);
    expect(body).toContain('https://www.twitch.tv/exemple/clip/1');
    expect(body).toContain('222-17');
    expect(body).toContain('Léa Martin\nlea@exemple.fr');
    expect(body).toMatch(locale === 'fr' ? /de bonne foi/ : /bona fide/);
  });

  it('leaves placeholders for a notifier who saved no identity', () => {
    const { body } = composePlatformNotice({ answers, items: [item()], locale: 'fr' });
    expect(body).toContain('[Votre nom]\n[Votre adresse électronique]');
  });

  it('omits the notifier for child sexual abuse, saying why', () => {
    const { body } = composePlatformNotice({
      answers: {
        ...answers,
        categoryId: 'child-abuse',
        subChoiceId: 'sexual-solicitation-of-minor',
      },
      items: [item()],
      locale: 'fr',
      notifier: { name: 'Léa Martin', email: 'lea@exemple.fr' },
    });
    expect(body).not.toContain('Léa Martin');
    expect(body).toContain('article 16, paragraphe 2, point c');
  });

  it('covers several items in one notice', () => {
    const { body } = composePlatformNotice({
      answers,
      items: [item(), item({ postUrl: 'https://www.twitch.tv/exemple/clip/2' })],
      locale: 'en',
    });
    expect(body).toContain('covers 2 items');
    expect(body).toContain('clip/1');
    expect(body).toContain('clip/2');
  });

  it('opens as an e-mail with the subject and body encoded', () => {
    const mailto = noticeMailto({ subject: 'Sujet à part', body: 'Ligne 1\nLigne 2 & +' });
    expect(mailto).toBe(
      'mailto:?subject=Sujet%20%C3%A0%20part&body=Ligne%201%0ALigne%202%20%26%20%2B',
    );
  });
});

describe('what goes to the platform', () => {
  it('explains the content without the advice meant for the user', () => {
    const { body } = composePlatformNotice({
      answers: { ...answers, categoryId: 'insult-or-defamation' },
      items: [item()],
      locale: 'fr',
    });
    expect(body).toContain('porte atteinte à l’honneur');
    expect(body).not.toContain('plainte qu’il faut déposer');
  });

  it.each([
    ['tiktok', 'https://www.tiktok.com/legal/page/global/reporting-illegal-content/en'],
    ['telegram', 'https://telegram.org/dsa-report'],
    ['x', undefined],
    ['toString', undefined],
    [undefined, undefined],
  ])('knows the reporting page of %s only where a source confirmed it', (platform, page) => {
    expect(platformReportPage(platform)).toBe(page);
  });
});
