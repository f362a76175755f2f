// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { practiceSiteOf } from '../../../lib/practice/practice-site';
import { sceneAddress } from '../../../lib/practice/scene-time';
import { SCENARIOS } from '../../../lib/practice/scenarios';
import { extractPost } from '../../../lib/sites/extract-post';
import { SceneView } from './SceneView';

const OPENED_AT = Date.parse('2026-05-04T10:00:00Z');

/** The element whose own text is exactly this: what a right-click on the words would hit. */
function elementWithText(root: Element, text: string): Element {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.trim() === text) return node.parentElement!;
  }
  throw new Error(`No element says « ${text} »`);
}

const cases = SCENARIOS.flatMap((scenario) =>
  (['fr', 'en'] as const).flatMap((locale) =>
    scenario.scene.posts.map(
      (post) =>
        [`${scenario.id} (${locale}) ${post.handle}/${post.id}`, scenario, locale, post] as const,
    ),
  ),
);

function show(scenario: (typeof SCENARIOS)[number], locale: 'fr' | 'en') {
  const root = document.body.appendChild(document.createElement('div'));
  act(() =>
    render(<SceneView scene={scenario.scene} locale={locale} openedAt={OPENED_AT} />, root),
  );
  return root;
}

describe('practice scenes are read by the real platform extractors', () => {
  afterEach(() => {
    for (const root of Array.from(document.body.children)) {
      render(null, root);
      root.remove();
    }
  });

  it.each(cases)('%s', (_name, scenario, locale, post) => {
    show(scenario, locale);
    const target = elementWithText(document.body, post.text[locale]);
    const url = practiceSiteOf(target);
    expect(url?.href).toBe(sceneAddress(scenario.scene, OPENED_AT));
    const read = extractPost(target, { document, url: url!, now: new Date(OPENED_AT) });
    expect(read?.details).toMatchObject({
      platform: scenario.scene.platform,
      extractor: scenario.scene.platform,
      text: post.text[locale],
    });
    const details = read!.details;
    const author = [details.authorHandle, details.authorName].join(' ');
    expect(author).toContain(scenario.scene.platform === 'discord' ? post.name : post.handle);
    // The crop is the post alone: no other post's words are in its container.
    for (const other of scenario.scene.posts.filter((candidate) => candidate !== post)) {
      expect(read!.container.textContent).not.toContain(other.text[locale]);
    }
    if (details.published.kind === 'range' || details.published.kind === 'absolute') {
      const posted = OPENED_AT - post.minutesAgo * 60_000;
      const [earliest, latest] =
        details.published.kind === 'absolute'
          ? [details.published.at, details.published.at]
          : [details.published.earliest, details.published.latest];
      expect(Date.parse(earliest)).toBeLessThanOrEqual(posted + 60_000);
      expect(Date.parse(latest)).toBeGreaterThanOrEqual(posted - 60_000);
    }
  });

  it.each([
    ['twitch', 'raid'],
    ['discord', 'private-insult'],
  ] as const)(
    'a %s line is one chat message with its author, not the whole chat',
    (_platform, id) => {
      const scenario = SCENARIOS.find((candidate) => candidate.id === id)!;
      show(scenario, 'fr');
      const post = scenario.scene.posts.find((candidate) => candidate.target)!;
      const target = elementWithText(document.body, post.text.fr);
      const read = extractPost(target, { document, url: practiceSiteOf(target)!, now: new Date() });
      expect(read?.details.kind).toMatch(/chat-message|reply/);
      expect(read?.container.textContent).toContain(post.name);
      expect(read?.container.localName).toMatch(/^(div|li)$/);
      expect(read?.details.surroundingAuthors?.length).toBeGreaterThan(0);
    },
  );

  it('shows no picture at all in the child-abuse scene: a neutral box and words only', () => {
    const scenario = SCENARIOS.find((candidate) => candidate.id === 'child-abuse')!;
    show(scenario, 'fr');
    expect(document.querySelectorAll('img, video, picture, canvas, svg, iframe')).toHaveLength(0);
    expect(document.querySelector('[data-placeholder]')?.textContent).toBe(
      'Aucune image dans cet exercice',
    );
  });
});
