// @vitest-environment happy-dom
import { visibleText } from './visible-text';

function element(html: string): Element {
  return new DOMParser()
    .parseFromString(`<div id="root">${html}</div>`, 'text/html')
    .querySelector('#root')!;
}

describe('visibleText', () => {
  it.each([
    ['emoji images by their alt text', '<span>Bravo </span><img alt="👏">', 'Bravo 👏'],
    ['hidden parts left out', '<span aria-hidden="true">https://</span>exemple.fr', 'exemple.fr'],
    ['blocks on their own lines', '<p>Un</p><p>Deux</p>', 'Un\nDeux'],
    ['line breaks kept', 'Un<br>Deux', 'Un\nDeux'],
  ])('reads %s', (_case, html, text) => {
    expect(visibleText(element(html))).toBe(text);
  });

  it.each([
    // X wraps a mention in a div its page shows inline; the text's own line breaks remain.
    [
      'a mention in a div stays on its line',
      '<span>Today, </span><div><span><a href="/bento">@bento</a></span></div><span> was shut down\n\nGoodbye</span>',
      'Today, @bento was shut down\nGoodbye',
    ],
    ['a line break element still breaks', 'Un<br>Deux', 'Un\nDeux'],
  ])('with blocks shown inline, %s', (_case, html, text) => {
    expect(visibleText(element(html), undefined, false)).toBe(text);
  });
});
