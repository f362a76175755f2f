import { channelIdSchema } from './channel-schema';
import { OFFICIAL_CHANNELS } from './official-channels';
import { recommendChannels } from './recommend-channels';
import type { ReportAnswers } from './report-answers';
import { REPORT_CATEGORIES } from './report-categories';
import { validateCategories, validateChannels } from './validate-tables';

const unique = (values: string[]) => new Set(values).size === values.length;

/** Every combination of answers the guided questions allow, for every category. */
function everyAnswer(): ReportAnswers[] {
  return REPORT_CATEGORIES.flatMap((category) =>
    [undefined, ...category.subChoices.map((choice) => choice.id)]
      .filter((subChoiceId) => !category.subChoices.length || subChoiceId)
      .flatMap((subChoiceId) =>
        (['public', 'private', 'unsure'] as const).flatMap((visibility) =>
          (['victim', 'witness', 'parent'] as const).flatMap((role) =>
            (['yes', 'no', 'unsure'] as const).flatMap((minorInvolved) =>
              [true, false].flatMap((immediateDanger) =>
                [true, false].flatMap((scam) =>
                  [undefined, true, false].map((moneyLost): ReportAnswers => ({
                    categoryId: category.id,
                    ...(subChoiceId ? { subChoiceId } : {}),
                    visibility,
                    role,
                    minorInvolved,
                    immediateDanger,
                    scam,
                    ...(moneyLost === undefined ? {} : { moneyLost }),
                  })),
                ),
              ),
            ),
          ),
        ),
      ),
  );
}

describe('report categories table', () => {
  it('matches its schema', () => {
    expect(() => validateCategories()).not.toThrow();
  });

  it('has the eleven PHAROS categories of REPORTING.md, with unique ids', () => {
    expect(REPORT_CATEGORIES.map((category) => category.pharosLabel)).toEqual([
      'Mise en danger des personnes',
      'Terrorisme',
      'Menaces ou incitation à la violence',
      'Pédophilie ou corruption de mineur',
      'Incitation à la haine ou à la discrimination',
      'Incitation à commettre des infractions',
      'Injure ou diffamation',
      'Trafic illicite',
      'Cruauté envers les animaux',
      'Escroquerie',
      'Spam',
    ]);
    const ids = REPORT_CATEGORIES.flatMap((category) => [
      category.id,
      ...category.subChoices.map((choice) => choice.id),
    ]);
    expect(unique(ids)).toBe(true);
  });

  it.each(REPORT_CATEGORIES.map((category) => [category.id, category] as const))(
    '%s: explained with examples and law in both languages',
    (_id, category) => {
      expect(category.examples.fr.length).toBe(category.examples.en.length);
      for (const law of category.laws) expect(law.reference.fr).toMatch(/art\. /);
      expect(category.explanation.fr).not.toBe(category.explanation.en);
    },
  );

  it('cites code pénal art. 223-1-1 where publishing someone’s details exposes them to danger', () => {
    const citing = REPORT_CATEGORIES.filter((category) =>
      category.laws.some((law) => law.reference.fr === 'Code pénal, art. 223-1-1'),
    );
    expect(citing.map((category) => category.id)).toEqual([
      'danger-to-people',
      'incitement-to-offences',
    ]);
  });

  it('marks child sexual abuse, and press offences with their limitation period', () => {
    expect(REPORT_CATEGORIES.filter((category) => category.childAbuse).map((c) => c.id)).toEqual([
      'child-abuse',
    ]);
    expect(
      Object.fromEntries(
        REPORT_CATEGORIES.filter((category) => category.pressPrescription).map((category) => [
          category.id,
          category.pressPrescription,
        ]),
      ),
    ).toEqual({ 'hate-or-discrimination': 'one-year', 'insult-or-defamation': 'three-months' });
  });
});

describe('official channels table', () => {
  it('matches its schema, one entry per channel id, all over HTTPS', () => {
    expect(() => validateChannels()).not.toThrow();
    expect(OFFICIAL_CHANNELS.map((channel) => channel.id).sort()).toEqual(
      [...channelIdSchema.options].sort(),
    );
    for (const channel of OFFICIAL_CHANNELS) {
      if (channel.url) expect(new URL(channel.url).protocol).toBe('https:');
    }
  });

  it('gives PHAROS its documented entry and alone a fillable form', () => {
    expect(OFFICIAL_CHANNELS.filter((channel) => channel.form === 'fillable')).toEqual([
      expect.objectContaining({
        id: 'pharos',
        url: 'https://www.internet-signalement.gouv.fr/PharosS1/',
        anonymity: 'optional',
      }),
    ]);
  });

  it('routes every category under every answer, and reaches every channel', () => {
    const reached = new Set<string>();
    for (const answers of everyAnswer()) {
      const recommendations = recommendChannels(answers);
      expect(recommendations.length).toBeGreaterThan(0);
      for (const recommendation of recommendations) {
        reached.add(recommendation.channelId);
        expect(recommendation.reason.fr).not.toBe('');
        expect(recommendation.reason.en).not.toBe('');
      }
    }
    expect([...reached].sort()).toEqual(
      OFFICIAL_CHANNELS.map((channel) => channel.id)
        // Plainte en ligne takes property offences by an unknown offender only: no content
        // category is one, so it is listed for the user's information but never recommended.
        .filter((id) => id !== 'plainte-en-ligne')
        .sort(),
    );
  });
});
