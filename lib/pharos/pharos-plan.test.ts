import type { EvidenceItem } from '../reporting/evidence-item';
import { buildPharosPlan, pharosPlanFromWordings, type PharosPlanInput } from './pharos-plan';

const item = (extra: Partial<EvidenceItem> = {}): EvidenceItem => ({
  captureId: 'c1',
  pageUrl: 'https://x.com/home',
  postUrl: 'https://x.com/exemple/status/1',
  platform: 'x',
  siteLabel: 'X (Twitter)',
  published: { kind: 'absolute', at: '2026-11-21T22:30:00.000Z' },
  capturedAt: '2026-11-22T08:00:00.123Z',
  timeZone: 'Europe/Paris',
  metadataSha256: 'a'.repeat(64),
  ...extra,
});

const input = (extra: Partial<PharosPlanInput> = {}): PharosPlanInput => ({
  categoryLabels: ['Menaces ou incitation à la violence'],
  isVictim: false,
  minorInvolved: 'no',
  items: [item()],
  description: 'Description',
  identity: null,
  locale: 'fr',
  ...extra,
});

const valueOf = (plan: ReturnType<typeof pharosPlanFromWordings>, key: string) =>
  plan.values.find((value) => value.key === key)?.value;

describe('pharosPlanFromWordings', () => {
  it('writes dates and times in the capture’s time zone', () => {
    const plan = pharosPlanFromWordings(input());
    expect(valueOf(plan, 'publishedDate')).toBe('2026-11-21');
    expect(valueOf(plan, 'publishedTime')).toBe('23:30');
    expect(valueOf(plan, 'observedDate')).toBe('2026-11-22');
    expect(valueOf(plan, 'observedTime')).toBe('09:00');
  });

  it.each<[string, EvidenceItem['published'], string | undefined, string | undefined]>([
    ['unknown', { kind: 'unknown' }, undefined, undefined],
    [
      'a range within a day',
      {
        kind: 'range',
        label: 'il y a 2 h',
        earliest: '2026-11-22T05:00:00.000Z',
        latest: '2026-11-22T06:00:00.000Z',
      },
      '2026-11-22',
      undefined,
    ],
    [
      'a range over two days',
      {
        kind: 'range',
        label: 'hier',
        earliest: '2026-11-20T23:00:00.000Z',
        latest: '2026-11-21T22:59:59.999Z',
      },
      '2026-11-21',
      undefined,
    ],
    [
      'a range across midnight',
      {
        kind: 'range',
        label: '3 j',
        earliest: '2026-11-18T12:00:00.000Z',
        latest: '2026-11-19T12:00:00.000Z',
      },
      undefined,
      undefined,
    ],
  ])(
    'fills a publication date only when it is known to the day: %s',
    (_name, published, date, time) => {
      const plan = pharosPlanFromWordings(input({ items: [item({ published })] }));
      expect(valueOf(plan, 'publishedDate')).toBe(date);
      expect(valueOf(plan, 'publishedTime')).toBe(time);
    },
  );

  it.each([
    ['x', 'Réseau social'],
    ['discord', 'Messagerie'],
    [undefined, 'Site internet'],
  ])('says where %s content was seen: %s', (platform, place) => {
    const plan = pharosPlanFromWordings(
      input({ items: [item(platform ? { platform } : { platform: undefined })] }),
    );
    expect(valueOf(plan, 'whereSeen')).toBe(place);
  });

  it('uses the post’s own address, else the page’s', () => {
    expect(valueOf(pharosPlanFromWordings(input()), 'url')).toBe('https://x.com/exemple/status/1');
    expect(
      valueOf(pharosPlanFromWordings(input({ items: [item({ postUrl: undefined })] })), 'url'),
    ).toBe('https://x.com/home');
  });

  it('adds the reporter’s details only when given', () => {
    expect(valueOf(pharosPlanFromWordings(input()), 'email')).toBeUndefined();
    const plan = pharosPlanFromWordings(
      input({
        identity: {
          lastName: 'Martin',
          firstName: 'Léa',
          email: 'lea@exemple.fr',
          useInForms: true,
        },
      }),
    );
    expect([valueOf(plan, 'lastName'), valueOf(plan, 'firstName'), valueOf(plan, 'email')]).toEqual(
      ['Martin', 'Léa', 'lea@exemple.fr'],
    );
  });

  it('answers the victim question and the category with every wording', () => {
    const plan = pharosPlanFromWordings(
      input({ isVictim: true, subChoiceLabels: ['Annonce de suicide', 'Suicide'] }),
    );
    expect(plan.values.find((value) => value.key === 'subCategory')).toMatchObject({
      kind: 'choice',
      choices: ['Annonce de suicide', 'Suicide'],
    });
    expect(valueOf(plan, 'isVictim')).toBe('Oui');
  });
});

describe('buildPharosPlan', () => {
  const plan = (answers: Partial<Parameters<typeof buildPharosPlan>[0]['answers']> = {}) =>
    buildPharosPlan({
      answers: {
        categoryId: 'threats-or-violence',
        visibility: 'public',
        role: 'witness',
        minorInvolved: 'no',
        immediateDanger: false,
        scam: false,
        ...answers,
      },
      items: [item()],
      identity: null,
      locale: 'fr',
    });

  it('writes in the description the same local time as the date fields, then UTC', () => {
    const built = plan();
    const [year, month, day] = valueOf(built, 'publishedDate')!.split('-');
    const time = valueOf(built, 'publishedTime');
    expect(valueOf(built, 'description')).toContain(
      `Publié le ${day}/${month}/${year} à ${time} (heure locale, UTC+01:00), soit 2026-11-21 22:30:00 UTC`,
    );
  });

  it.each([
    ['yes', ['Oui']],
    ['no', ['Non']],
    ['unsure', ['Je ne sais pas', 'Ne sait pas', 'Ne sais pas', 'Ne se prononce pas', 'Inconnu']],
  ] as const)('answers the minor question « %s » only where the form asks it', (minor, words) => {
    expect(plan({ minorInvolved: minor }).values).toContainEqual({
      key: 'isMinor',
      kind: 'choice',
      value: words[0],
      choices: words,
      ifAsked: true,
    });
  });

  it.each(['witness', 'parent'] as const)('says a %s is not the victim', (role) => {
    expect(valueOf(plan({ role }), 'isVictim')).toBe('Non');
  });

  it('names the platform as people do', () => {
    expect(valueOf(plan(), 'platformName')).toBe('X (Twitter)');
  });
});
