// @vitest-environment happy-dom
import { locateTarget } from './locate-target';

describe('locateTarget', () => {
  beforeEach(() => {
    document.body.innerHTML = `
      <div id="one"><a id="unique" href="https://exemple.invalid/a">a</a><img id="image" src="https://cdn.exemple.invalid/p.png"></div>
      <div id="two"><a href="https://exemple.invalid/twice">b</a><a href="https://exemple.invalid/twice">c</a></div>
      <video id="video"><source src="https://cdn.exemple.invalid/v.mp4"></video>
      <p id="text">Texte sélectionnable</p>`;
    document.getSelection()?.removeAllRanges();
  });

  it('prefers the element the user right-clicked', () => {
    const clicked = document.getElementById('text');
    expect(
      locateTarget(document, { clicked, linkUrl: 'https://exemple.invalid/a', useSelection: true }),
    ).toBe(clicked);
  });

  it.each([
    ['a link by its address', { linkUrl: 'https://exemple.invalid/a' }, 'unique'],
    ['an image by its address', { mediaUrl: 'https://cdn.exemple.invalid/p.png' }, 'image'],
    ['a video by its source', { mediaUrl: 'https://cdn.exemple.invalid/v.mp4' }, 'video'],
  ])('finds %s', (_name, hints, id) => {
    expect(locateTarget(document, { ...hints, useSelection: false })?.id).toBe(id);
  });

  it('refuses to guess between two links with the same address', () => {
    expect(
      locateTarget(document, { linkUrl: 'https://exemple.invalid/twice', useSelection: false }),
    ).toBeNull();
  });

  it('ignores a right-clicked element that has left the page', () => {
    const clicked = document.getElementById('text')!;
    clicked.remove();
    expect(locateTarget(document, { clicked, useSelection: false })).toBeNull();
  });

  it('falls back to the selection', () => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('text')!);
    document.getSelection()!.addRange(range);
    expect(locateTarget(document, { useSelection: true })?.id).toBe('text');
  });
});
