import { recommendChannels } from './recommend-channels';
import type { ReportAnswers } from './report-answers';
import { ROUTING_RULES } from './routing-rules';

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
const recommendation = (extra: Partial<ReportAnswers>, channelId: string) =>
  recommendChannels(answers(extra)).find((found) => found.channelId === channelId);

const CSAM = { categoryId: 'child-abuse', subChoiceId: 'child-sexual-abuse-material' } as const;
const SOLICITATION = {
  categoryId: 'child-abuse',
  subChoiceId: 'sexual-solicitation-of-minor',
} as const;
const ATTACK = { categoryId: 'terrorism', subChoiceId: 'terrorist-threat' } as const;

describe('recommendChannels', () => {
  it('sends public threats to PHAROS first, and the platform as well', () => {
    expect(channels()).toEqual(['pharos', 'platform-dsa']);
  });

  it.each([
    'threats-or-violence',
    'hate-or-discrimination',
    'insult-or-defamation',
    'incitement-to-offences',
  ])('sends private %s to a complaint, never to PHAROS', (categoryId) => {
    const picked = channels({ categoryId, visibility: 'private' });
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

  // Seed 001 (AN question 29779): PHAROS receives « propositions sexuelles à mineur par voie de
  // télécommunications »; issue 11: offer it beside the complaint, 3018 and Point de Contact.
  it.each([
    ['images in a closed group', CSAM],
    ['sexual advances to a minor by message', SOLICITATION],
  ])(
    'offers PHAROS for child sexual abuse in private (%s), never saying « pas de PHAROS »',
    (_case, abuse) => {
      const picked = recommendChannels(answers({ ...abuse, visibility: 'private' }));
      expect(picked.map((found) => found.channelId)).toEqual(
        expect.arrayContaining(['pharos', 'ma-securite', 'e-enfance-3018', 'point-de-contact']),
      );
      expect(picked.find((found) => found.channelId === 'pharos')).toMatchObject({
        priority: 'primary',
        ruleId: 'child-abuse-private',
      });
      for (const found of picked) expect(found.reason.fr).not.toMatch(/pas de PHAROS|pas PHAROS/);
    },
  );

  it('recommends Point de Contact for child sexual abuse images, public or private', () => {
    for (const visibility of ['public', 'private'] as const) {
      expect(recommendation({ ...CSAM, visibility }, 'point-de-contact')).toMatchObject({
        priority: 'primary',
      });
    }
    expect(recommendation(SOLICITATION, 'point-de-contact')).toMatchObject({ priority: 'also' });
  });

  it('sends public child sexual abuse to PHAROS, 3018, 119 and Point de Contact, not the platform', () => {
    const picked = channels(CSAM);
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
    const picked = recommendChannels(scam).map((found) => found.channelId);
    expect(picked[0]).toBe('thesee');
    expect(picked).not.toContain('pharos');
    expect(picked).not.toContain('perceval');
  });

  // REPORTING.md: SMS spam is forwarded to 33700; issue 11: even when it asks for money,
  // with THESEE and Perceval when money was lost or card details given.
  it('sends an unwanted text asking for money to 33700, and to THESEE and Perceval once money is lost', () => {
    const asking = recommendChannels(answers({ categoryId: 'spam', scam: true, moneyLost: false }));
    expect(asking.map((found) => found.channelId)).toEqual(['signal-spam']);
    expect(asking[0]!.reason.fr).toMatch(/33700/);
    expect(channels({ categoryId: 'spam', scam: true, moneyLost: true })).toEqual(
      expect.arrayContaining(['signal-spam', 'thesee', 'perceval']),
    );
    expect(channels({ categoryId: 'scam', moneyLost: true })).toEqual(['thesee', 'perceval']);
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
    expect(rest.map((found) => found.channelId)).toContain('pharos');
  });

  it.each(['yes', 'unsure'] as const)(
    'puts 119 beside the emergency numbers when a child may be in danger (%s)',
    (minorInvolved) => {
      const picked = channels({ immediateDanger: true, minorInvolved });
      expect(picked.slice(0, 2)).toEqual(['emergency', 'allo-119']);
    },
  );

  it('recommends 119 only when a child may be in danger', () => {
    expect(channels({ minorInvolved: 'yes' })).not.toContain('allo-119');
    expect(channels({ immediateDanger: true })).not.toContain('allo-119');
  });

  // Issue 11: 119 and 3018 are not for a threat of an attack.
  it('recommends neither 119 nor 3018 for a threat of an attack', () => {
    const picked = channels({ ...ATTACK, immediateDanger: true, minorInvolved: 'yes' });
    expect(picked[0]).toBe('emergency');
    expect(picked).toContain('pharos');
    expect(picked).not.toContain('allo-119');
    expect(picked).not.toContain('e-enfance-3018');
  });

  it.each([
    ['yes', 'Un mineur est concerné'],
    ['unsure', 'Un mineur est peut-être concerné'],
  ] as const)('sends a minor (%s) to 3018 and to PHAROS: « %s »', (minorInvolved, words) => {
    const picked = recommendChannels(answers({ minorInvolved }));
    expect(picked.map((found) => found.channelId)).toContain('pharos');
    const youth = picked.find((found) => found.channelId === 'e-enfance-3018')!;
    expect(youth.reason.fr.startsWith(`${words} :`)).toBe(true);
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

  it('routes a parent or guardian as a witness acting for the child', () => {
    for (const categoryId of ['insult-or-defamation', 'threats-or-violence']) {
      expect(channels({ categoryId, role: 'parent', minorInvolved: 'yes' })).toEqual(
        channels({ categoryId, role: 'witness', minorInvolved: 'yes' }),
      );
    }
  });

  it('advises a victim of public threats to file a complaint besides PHAROS', () => {
    expect(recommendChannels(answers({ role: 'victim' }))).toContainEqual(
      expect.objectContaining({ channelId: 'ma-securite', priority: 'also' }),
    );
  });

  it('still offers PHAROS when the user does not know if the content is public, saying why', () => {
    expect(recommendation({ visibility: 'unsure' }, 'pharos')?.reason.fr).toMatch(
      /que les contenus publics/,
    );
  });

  it('refuses an unknown category', () => {
    expect(() => channels({ categoryId: 'nope' })).toThrow('Unknown category');
  });

  it('names a source for every rule, and each rule once', () => {
    expect(new Set(ROUTING_RULES.map((rule) => rule.id)).size).toBe(ROUTING_RULES.length);
    for (const rule of ROUTING_RULES) expect(rule.source).toMatch(/REPORTING\.md|Seed|Issue/);
  });
});
