// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { translator } from '../lib/i18n/translate';
import { PostFacts } from './PostFacts';

describe('PostFacts', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('shows a NUL and a right-to-left override in the post text as their code points', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const post = {
      platform: 'x',
      extractor: 'x',
      kind: 'post' as const,
      authorName: 'Troll\u202E',
      text: 'avant\u0000après photo\u202Egpj.exe',
      published: { kind: 'unknown' as const },
      mediaUrls: [],
      missing: [],
    };
    act(() =>
      render(
        <PostFacts
          post={post}
          platformLabel="X"
          t={translator('fr')}
          locale="fr"
          onOpenCapture={() => {}}
        />,
        root,
      ),
    );
    const shown = root.querySelector('.post-text')!.textContent!;
    expect(shown).toBe('avant[U+0000]après photo[U+202E]gpj.exe');
    expect(root.textContent).toContain('Troll[U+202E]');
    for (const hidden of ['\u0000', '\u202E']) expect(root.textContent).not.toContain(hidden);
  });
});
