import { completeAnswers, differingAnswers, unansweredQuestions } from './practice-answers';
import { scenarioById } from './scenarios';

describe('practice answers', () => {
  it('asks the sub-choice only for a category that has some', () => {
    expect(unansweredQuestions({ categoryId: 'threats-or-violence' })).not.toContain('subChoice');
    expect(unansweredQuestions({ categoryId: 'illegal-trade' })).toContain('subChoice');
    expect(unansweredQuestions({})).toEqual([
      'category',
      'visibility',
      'role',
      'minor',
      'danger',
      'scam',
    ]);
  });

  it('gives the routing its answers only once all are given', () => {
    const { answers } = scenarioById('raid')!;
    expect(completeAnswers({ ...answers, scam: undefined })).toBeNull();
    expect(completeAnswers(answers)).toEqual(answers);
  });

  it('names the answers that differ from the scenario’s', () => {
    const { answers } = scenarioById('private-insult')!;
    expect(
      differingAnswers({ ...answers, visibility: 'public', role: 'witness' }, answers),
    ).toEqual(['visibility', 'role']);
  });
});
