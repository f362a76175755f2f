import type { CaptureMetadata } from '../evidence/capture-metadata';
import type { PostDetails } from '../sites/post-details';
import { practiceCaptureName, scenarioOfPost } from './practice-capture-name';
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

describe('practice capture names', () => {
  it('names a capture by platform, author and text, never by the extension’s address', () => {
    const metadata = {
      page: { url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/practice.html' },
      target: { crop: 'cropped' },
      post: post({ authorHandle: '@bavard_fictif', text: 'a'.repeat(80) }),
    } as unknown as CaptureMetadata;
    const name = practiceCaptureName(metadata);
    expect(name).toBe(`X (Twitter) · @bavard_fictif · « ${'a'.repeat(60)}… »`);
    expect(name).not.toContain('abcdefghijklmnop');
  });

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
