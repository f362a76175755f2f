import { recommendChannels } from '../reporting/recommend-channels';
import { categoryById } from '../reporting/report-categories';
import { PRACTICE_PLATFORMS, SITUATIONS } from './scenario-schema';
import { SCENARIOS, scenarioById } from './scenarios';

describe('practice scenarios', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    '%s: the answer key is what the routing recommends, in its order',
    (_id, scenario) => {
      const routed = recommendChannels(scenario.answers).map(({ channelId }) => channelId);
      expect(scenario.answerKey).toEqual(routed);
    },
  );

  it('has one scenario per situation, in the order of the situations', () => {
    expect(SCENARIOS.map((scenario) => scenario.id)).toEqual([...SITUATIONS]);
  });

  it('imitates every platform of the practice feed', () => {
    const used = new Set(SCENARIOS.map((scenario) => scenario.scene.platform));
    expect([...used].sort()).toEqual([...PRACTICE_PLATFORMS].sort());
  });

  it.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    '%s: a known category and sub-choice, one post to capture, distinct post ids',
    (_id, scenario) => {
      const category = categoryById(scenario.answers.categoryId);
      expect(category).toBeDefined();
      if (scenario.answers.subChoiceId) {
        expect(category!.subChoices.map((choice) => choice.id)).toContain(
          scenario.answers.subChoiceId,
        );
      }
      const { posts } = scenario.scene;
      expect(posts.filter((post) => post.target)).toHaveLength(1);
      expect(new Set(posts.map((post) => post.id)).size).toBe(posts.length);
    },
  );

  it('the child-abuse scenario is the one whose category keeps no image', () => {
    const childAbuse = SCENARIOS.filter(
      (scenario) => categoryById(scenario.answers.categoryId)?.childAbuse,
    );
    expect(childAbuse.map((scenario) => scenario.id)).toEqual(['child-abuse']);
  });

  it('finds a scenario by its id, and nothing for an unknown one', () => {
    expect(scenarioById('raid')?.scene.platform).toBe('twitch');
    expect(scenarioById('inconnu')).toBeUndefined();
    expect(scenarioById(null)).toBeUndefined();
  });
});
