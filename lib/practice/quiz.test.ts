import { recommendChannels } from '../reporting/recommend-channels';
import { judgeCard, quizScore } from './quiz';
import { SCENARIOS, scenarioById } from './scenarios';

describe('routing quiz', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    '%s: picking exactly the routing’s channels is right, with its reasons',
    (_id, scenario) => {
      const result = judgeCard(scenario, scenario.answerKey);
      expect(result.right).toBe(true);
      expect(result.feedback.map((item) => item.reason)).toEqual(
        recommendChannels(scenario.answers).map((item) => item.reason),
      );
    },
  );

  it('names what was missed and what was picked that does not apply', () => {
    const result = judgeCard(scenarioById('private-insult')!, ['pharos', 'ma-securite']);
    expect(result.right).toBe(false);
    expect(result.feedback).toEqual([
      expect.objectContaining({ channelId: 'ma-securite', verdict: 'right' }),
      expect.objectContaining({ channelId: 'pnav', verdict: 'missed' }),
      expect.objectContaining({ channelId: 'e-enfance-3018', verdict: 'missed' }),
      expect.objectContaining({ channelId: 'cyber17', verdict: 'missed' }),
      { channelId: 'pharos', verdict: 'extra' },
    ]);
  });

  it('counts nothing picked as wrong', () => {
    expect(judgeCard(scenarioById('threat')!, []).right).toBe(false);
  });

  it('scores right cards out of all', () => {
    const threat = scenarioById('threat')!;
    expect(quizScore([judgeCard(threat, threat.answerKey), judgeCard(threat, ['thesee'])])).toEqual(
      { right: 1, total: 2 },
    );
  });
});
