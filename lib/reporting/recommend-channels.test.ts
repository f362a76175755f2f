import { recommendChannels } from './recommend-channels';
import type { ReportAnswers } from './report-answers';

const answers = (extra: Partial<ReportAnswers> = {}): ReportAnswers => ({
  categoryId: 'threats-or-violence',
  visibility: 'public',
  role: 'witness',
  minorInvolved: 'no',
  immediateDanger: false,
  scam: false,
  ...extra,
});
const channels = (extra: Partial<ReportAnswers> = {}) =>
  recommendChannels(answers(extra)).map((recommendation) => recommendation.channelId);

describe('recommendChannels', () => {
  it('sends public threats to PHAROS first, and the platform as well', () => {
    expect(channels()).toEqual(['pharos', 'platform-dsa']);
  });

  it.each([
    'threats-or-violence',
    'hate-or-discrimination',
    'insult-or-defamation',
    'incitement-to-offences',
    'child-abuse',
  ])('sends private %s to a complaint, never to PHAROS', (categoryId) => {
    const picked = channels({
      categoryId,
      visibility: 'private',
      ...(categoryId === 'child-abuse' ? { subChoiceId: 'sexual-solicitation-of-minor' } : {}),
    });
    expect(picked).not.toContain('pharos');
    expect(picked).toContain('ma-securite');
    expect(picked).not.toContain('platform-dsa');
  });

  it('says why in one sentence: a private message is for a complaint, not PHAROS', () => {
    const [complaint] = recommendChannels(answers({ visibility: 'private' }));
    expect(complaint).toMatchObject({ channelId: 'ma-securite', priority: 'primary' });
    expect(complaint!.reason.fr).toBe(
      'Ce message privé relève d’une plainte, pas de PHAROS : PHAROS ne traite que les contenus publics.',
    );
  });

  it('offers PNAV for private harassment, discrimination and sexual violence', () => {
    expect(channels({ visibility: 'private' })).toContain('pnav');
    expect(
      channels({ visibility: 'private', categoryId: 'illegal-trade', subChoiceId: 'drugs' }),
    ).not.toContain('pnav');
  });

  it.each(['yes', 'unsure'] as const)(
    'sends a minor (%s) to 3018 and to PHAROS',
    (minorInvolved) => {
      const picked = channels({ minorInvolved });
      expect(picked).toContain('e-enfance-3018');
      expect(picked).toContain('pharos');
    },
  );

  it('sends public child sexual abuse to PHAROS, 3018, 119 and Point de Contact, not the platform', () => {
    const picked = channels({
      categoryId: 'child-abuse',
      subChoiceId: 'child-sexual-abuse-material',
    });
    expect(picked).toEqual(
      expect.arrayContaining(['pharos', 'e-enfance-3018', 'allo-119', 'point-de-contact']),
    );
    expect(picked).not.toContain('platform-dsa');
  });

  it.each([
    answers({ scam: true }),
    answers({ categoryId: 'scam' }),
    answers({ categoryId: 'scam', visibility: 'private' }),
  ])('sends a scam to THESEE, not PHAROS (%#)', (scam) => {
    const picked = recommendChannels(scam).map((recommendation) => recommendation.channelId);
    expect(picked[0]).toBe('thesee');
    expect(picked).not.toContain('pharos');
    expect(picked).toContain('perceval');
  });

  it('puts 17 / 112 first when someone is in immediate danger', () => {
    const [first, ...rest] = recommendChannels(
      answers({
        immediateDanger: true,
        categoryId: 'danger-to-people',
        subChoiceId: 'suicide-announcement',
      }),
    );
    expect(first).toMatchObject({ channelId: 'emergency', priority: 'emergency' });
    expect(rest.map((recommendation) => recommendation.channelId)).toContain('pharos');
  });

  it('puts 119 beside the emergency numbers for a minor in danger', () => {
    const picked = recommendChannels(answers({ immediateDanger: true, minorInvolved: 'yes' }));
    expect(picked.map((recommendation) => recommendation.channelId).slice(0, 2)).toEqual([
      'emergency',
      'allo-119',
    ]);
  });

  it('sends the victim of an insult to a complaint, a witness to PHAROS', () => {
    expect(channels({ categoryId: 'insult-or-defamation', role: 'victim' })).not.toContain(
      'pharos',
    );
    expect(channels({ categoryId: 'insult-or-defamation', role: 'victim' })).toContain(
      'ma-securite',
    );
    expect(channels({ categoryId: 'insult-or-defamation', role: 'witness' })).toContain('pharos');
  });

  it('advises a victim of public threats to file a complaint besides PHAROS', () => {
    expect(recommendChannels(answers({ role: 'victim' }))).toContainEqual(
      expect.objectContaining({ channelId: 'ma-securite', priority: 'also' }),
    );
  });

  it('sends spam to Signal Spam', () => {
    expect(channels({ categoryId: 'spam' })[0]).toBe('signal-spam');
  });

  it('still offers PHAROS when the user does not know if the content is public, saying why', () => {
    const pharos = recommendChannels(answers({ visibility: 'unsure' })).find(
      (recommendation) => recommendation.channelId === 'pharos',
    );
    expect(pharos?.reason.fr).toMatch(/que les contenus publics/);
  });

  it('refuses an unknown category', () => {
    expect(() => channels({ categoryId: 'nope' })).toThrow('Unknown category');
  });
});
