// @vitest-environment happy-dom
import { highlightedElements, highlightFilled, removeHighlights } from './highlight';

describe('highlight', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <input id="url" style="outline: 1px dotted red">
      <input type="radio" id="non" name="v"><label for="non">Non</label>`;
  });

  it('outlines a filled field and marks it with the key', () => {
    highlightFilled(document.getElementById('url')!, 'url');
    const url = document.getElementById('url')!;
    expect(url.getAttribute('data-temoin-filled')).toBe('url');
    expect(url.style.outline).toContain('solid');
  });

  it('outlines the label of a radio, which is what DSFR shows', () => {
    highlightFilled(document.getElementById('non')!, 'isVictim');
    expect(highlightedElements(document).map((element) => element.localName)).toEqual(['label']);
  });

  it('removes every mark and gives the page its outline back', () => {
    const pageOutline = document.getElementById('url')!.style.outline;
    highlightFilled(document.getElementById('url')!, 'url');
    highlightFilled(document.getElementById('url')!, 'url');
    highlightFilled(document.getElementById('non')!, 'isVictim');
    removeHighlights(document);
    expect(highlightedElements(document)).toEqual([]);
    expect(document.getElementById('url')!.style.outline).toBe(pageOutline);
  });
});
