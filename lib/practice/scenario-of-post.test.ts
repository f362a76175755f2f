import type { PostDetails } from '../sites/post-details';
import { scenarioOfPost } from './scenario-of-post';
import { SCENARIOS } from './scenarios';

const post = (fields: Partial<PostDetails>): PostDetails => ({
  platform: 'x',
  extractor: 'x',
  kind: 'post',
  published: { kind: 'unknown' },
  mediaUrls: [],
  missing: [],
  ...fields,
});

describe('the scenario of a practice post', () => {
  it.each([
    ['x', '@bavard_fictif', undefined, 'threat'],
    ['reddit', 'u/anonyme_fictif', 'anonyme_fictif', 'doxxing'],
    ['twitch', 'raid_fictif_01', undefined, 'raid'],
    ['discord', undefined, 'Kenza', 'private-insult'],
    ['discord', 'lucas_fictif', 'Lucas', 'sextortion'],
    ['tiktok', 'cadeaux_fictifs', 'Cadeaux Fictifs', 'child-abuse'],
    ['instagram', '@bavard_fictif', undefined, undefined],
  ])('a %s post by %s / %s comes from %s', (platform, authorHandle, authorName, scenario) => {
    const found = scenarioOfPost(
      post({
        platform,
        ...(authorHandle ? { authorHandle } : {}),
        ...(authorName ? { authorName } : {}),
      }),
    );
    expect(found?.id).toBe(scenario);
  });

  it('gives every author of every scene to one scenario only', () => {
    const authors = SCENARIOS.flatMap((scenario) =>
      [...new Set(scenario.scene.posts.map((scenePost) => scenePost.handle))].map(
        (handle) => `${scenario.scene.platform}/${handle}`,
      ),
    );
    expect(new Set(authors).size).toBe(authors.length);
  });
});
