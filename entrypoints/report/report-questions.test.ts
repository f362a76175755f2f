import { translator } from '../../lib/i18n/translate';
import { answerSummary } from './build-answer-summary';
import { completeAnswers } from './build-report-view';
import type { Answers } from './components/view-types';
import { isAsked, unanswered } from './report-questions';
import { unfiledCaptures } from './unfiled-captures';

const WITNESS: Answers = {
  categoryId: 'threats-or-violence',
  visibility: 'public',
  role: 'witness',
  minorInvolved: 'no',
  immediateDanger: false,
  scam: false,
};
const t = translator('fr');

describe('the report page’s questions', () => {
  it.each<[string, Answers, string[]]>([
    ['threats', WITNESS, []],
    [
      'someone in danger: danger is not asked again',
      { categoryId: 'danger-to-people' },
      ['danger'],
    ],
    ['a scam: the scam is not asked again, money is', { categoryId: 'scam' }, ['scam']],
    ['spam: money is asked', { categoryId: 'spam' }, []],
    ['threats answered as a scam: money is asked', { ...WITNESS, scam: true }, []],
  ])('%s', (_case, answers, notAsked) => {
    for (const question of notAsked) expect(isAsked(question as 'danger', answers)).toBe(false);
    const money = answers.scam === true || ['scam', 'spam'].includes(answers.categoryId ?? '');
    expect(isAsked('money', answers)).toBe(money);
  });

  it('is complete only once every question asked is answered', () => {
    expect(unanswered(WITNESS)).toEqual([]);
    expect(unanswered({ ...WITNESS, scam: true })).toEqual(['money']);
    expect(unanswered({ categoryId: 'child-abuse' })).toEqual([
      'subChoice',
      'visibility',
      'role',
      'minor',
      'danger',
      'scam',
    ]);
  });

  it('completes the answers a category implies', () => {
    const answers: Answers = {
      ...WITNESS,
      categoryId: 'danger-to-people',
      subChoiceId: 'suicide-announcement',
      immediateDanger: undefined,
    };
    expect(completeAnswers(answers, [])).toMatchObject({ immediateDanger: true, scam: false });
    const scam: Answers = { ...WITNESS, categoryId: 'scam', scam: undefined, moneyLost: true };
    expect(completeAnswers(scam, [])).toMatchObject({ scam: true, moneyLost: true });
  });

  it('sums the answers up, each with the question to change it', () => {
    const summary = answerSummary(
      { ...WITNESS, categoryId: 'scam', scam: undefined, moneyLost: false, role: 'parent' },
      'fr',
      t,
    );
    expect(summary.map(({ title, answer, editAt }) => [title, answer, editAt])).toEqual([
      ['De quoi s’agit-il ?', 'Arnaque, chantage', 'category'],
      [
        'Où le contenu est-il visible ?',
        'En public (publication, commentaire, discussion ouverte)',
        'visibility',
      ],
      ['Qui êtes-vous ?', 'Le parent ou représentant légal de la personne visée', 'role'],
      ['Un mineur est-il concerné ?', 'Non', 'minor'],
      ['Quelqu’un est-il en danger immédiat ?', 'Non', 'danger'],
      [
        'Est-ce une arnaque (argent demandé, faux site, compte piraté, chantage) ?',
        'Oui (d’après la catégorie)',
        'category',
      ],
      ['Avez-vous payé, ou donné vos coordonnées bancaires ?', 'Non', 'money'],
    ]);
  });
});

describe('unfiledCaptures', () => {
  const filed = (categoryId: string, subChoiceId?: string) => ({
    category: { categoryId, ...(subChoiceId ? { subChoiceId } : {}) },
  });
  it('files again only what changed', () => {
    const evidence = [
      { capture: { id: 'a' }, annotation: filed('threats-or-violence') },
      { capture: { id: 'b' }, annotation: undefined },
      { capture: { id: 'c' }, annotation: filed('terrorism', 'glorification') },
    ] as Parameters<typeof unfiledCaptures>[0];
    expect(unfiledCaptures(evidence, { categoryId: 'threats-or-violence' })).toEqual(['b', 'c']);
    expect(
      unfiledCaptures(evidence, { categoryId: 'terrorism', subChoiceId: 'glorification' }),
    ).toEqual(['a', 'b']);
  });
});
