import type { EvidenceItem } from './evidence-item';
import { addMonths, prescriptionDeadline } from './press-prescription';
import { reportWarnings } from './report-warnings';

describe('addMonths', () => {
  it.each([
    ['2026-01-15T10:00:00.000Z', 3, '2026-04-15T10:00:00.000Z'],
    ['2026-11-30T10:00:00.000Z', 3, '2027-02-28T10:00:00.000Z'],
    ['2027-11-30T10:00:00.000Z', 3, '2028-02-29T10:00:00.000Z'],
    ['2026-08-31T00:00:00.000Z', 1, '2026-09-30T00:00:00.000Z'],
    ['2024-02-29T12:00:00.000Z', 12, '2025-02-28T12:00:00.000Z'],
    ['2026-12-15T00:00:00.000Z', 3, '2027-03-15T00:00:00.000Z'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(new Date(from), months).toISOString()).toBe(expected);
  });
});

describe('prescriptionDeadline', () => {
  const now = new Date('2026-11-22T12:00:00.000Z');
  it.each([
    [
      'a known instant, three months',
      { kind: 'absolute', at: '2026-10-01T12:00:00.000Z' },
      'three-months',
      { deadline: '2027-01-01T12:00:00.000Z', daysLeft: 40, basis: 'published' },
    ],
    [
      'a relative label: the earliest instant it allows',
      {
        kind: 'range',
        label: '3 sem.',
        earliest: '2026-10-25T12:00:00.000Z',
        latest: '2026-11-01T12:00:00.000Z',
      },
      'three-months',
      { deadline: '2027-01-25T12:00:00.000Z', daysLeft: 64, basis: 'published-earliest' },
    ],
    [
      'an unknown date: counted from the capture',
      { kind: 'unknown' },
      'one-year',
      { deadline: '2027-11-20T08:00:00.000Z', daysLeft: 362, basis: 'captured' },
    ],
    [
      'a post too old',
      { kind: 'absolute', at: '2026-01-01T00:00:00.000Z' },
      'three-months',
      { deadline: '2026-04-01T00:00:00.000Z', daysLeft: -236, basis: 'published' },
    ],
  ] as const)('%s', (_name, published, term, expected) => {
    expect(prescriptionDeadline(published, '2026-11-20T08:00:00.000Z', term, now)).toEqual(
      expected,
    );
  });
});

describe('reportWarnings', () => {
  const item = (published: EvidenceItem['published']): EvidenceItem => ({
    captureId: 'c',
    pageUrl: 'https://x.com/a',
    siteLabel: 'X',
    published,
    capturedAt: '2026-11-20T08:00:00.000Z',
    timeZone: 'Europe/Paris',
    metadataSha256: 'a'.repeat(64),
  });
  const base = {
    answers: {
      categoryId: 'insult-or-defamation',
      visibility: 'public',
      role: 'witness',
      minorInvolved: 'no',
      immediateDanger: false,
      scam: false,
    } as const,
    recommendations: [
      { channelId: 'pharos', priority: 'primary', reason: { fr: 'x', en: 'x' }, ruleId: 'public' },
    ] as const,
    alreadyReported: [],
    now: new Date('2026-11-22T12:00:00.000Z'),
  };

  it('gives the days left for an insult, from its publication, in both languages', () => {
    const warnings = reportWarnings({
      ...base,
      recommendations: [...base.recommendations],
      items: [item({ kind: 'absolute', at: '2026-10-01T12:00:00.000Z' })],
    });
    const prescription = warnings.find((warning) => warning.id === 'prescription')!;
    expect(prescription.text.fr).toContain('il reste 40 jours, jusqu’au 1 janvier 2027');
    expect(prescription.text.en).toContain('40 days left, until 1 January 2027');
    expect(prescription.text.fr).toContain('un an si elles sont discriminatoires');
  });

  it('says "at most" when the publication date is unknown, and when the time ran out', () => {
    const unknown = reportWarnings({
      ...base,
      recommendations: [...base.recommendations],
      items: [item({ kind: 'unknown' })],
    });
    expect(unknown.find((warning) => warning.id === 'prescription')?.text.fr).toContain('au plus');
    const old = reportWarnings({
      ...base,
      recommendations: [...base.recommendations],
      items: [item({ kind: 'absolute', at: '2025-01-01T00:00:00.000Z' })],
    });
    expect(old.find((warning) => warning.id === 'prescription')?.text.fr).toContain(
      'semble dépassé',
    );
  });

  it('warns about false reports (art. 226-10) when an authority is involved, and about repeats', () => {
    const ids = reportWarnings({
      ...base,
      recommendations: [...base.recommendations],
      items: [],
    }).map((warning) => warning.id);
    expect(ids).toEqual(['false-report', 'repeat']);
    const text = reportWarnings({
      ...base,
      recommendations: [...base.recommendations],
      items: [],
    })[0]!.text.fr;
    expect(text).toContain('226-10');
    expect(text).toContain('45 000 €');
  });

  it('names an earlier report of the same content', () => {
    const warnings = reportWarnings({
      ...base,
      recommendations: [...base.recommendations],
      items: [],
      alreadyReported: [{ channelId: 'pharos', at: '2026-11-21T10:00:00.000Z' }],
    });
    expect(warnings.map((warning) => warning.id)).toContain('already-reported');
    expect(warnings.find((warning) => warning.id === 'already-reported')?.text.fr).toMatch(
      /^Déjà signalé à PHAROS le .*n’accélère pas/,
    );
  });

  it('has no prescription warning for categories outside the press law', () => {
    const warnings = reportWarnings({
      ...base,
      answers: { ...base.answers, categoryId: 'threats-or-violence' },
      recommendations: [...base.recommendations],
      items: [item({ kind: 'unknown' })],
    });
    expect(warnings.map((warning) => warning.id)).not.toContain('prescription');
  });
});
