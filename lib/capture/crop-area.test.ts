import { cropArea } from './crop-area';

const viewport = { width: 1000, height: 800 };

describe('cropArea', () => {
  it.each([
    [
      'a post fully in view at ratio 1',
      { x: 100, y: 50, width: 300, height: 200 },
      { width: 1000, height: 800 },
      { outcome: 'cropped', area: { x: 100, y: 50, width: 300, height: 200 } },
    ],
    [
      'a post at device pixel ratio 2',
      { x: 100.5, y: 50.25, width: 300, height: 200 },
      { width: 2000, height: 1600 },
      { outcome: 'cropped', area: { x: 201, y: 101, width: 600, height: 400 } },
    ],
    [
      'a post running off the top',
      { x: 0, y: -120, width: 500, height: 300 },
      { width: 1000, height: 800 },
      { outcome: 'clipped-to-viewport', area: { x: 0, y: 0, width: 500, height: 180 } },
    ],
    [
      'a post running off the bottom right',
      { x: 900, y: 700, width: 300, height: 300 },
      { width: 1000, height: 800 },
      { outcome: 'clipped-to-viewport', area: { x: 900, y: 700, width: 100, height: 100 } },
    ],
    [
      'a post scrolled out of view',
      { x: 0, y: 900, width: 500, height: 300 },
      { width: 1000, height: 800 },
      { outcome: 'post-out-of-view' },
    ],
    [
      'a page zoomed to 150 %',
      { x: 10, y: 10, width: 100, height: 100 },
      { width: 1500, height: 1200 },
      { outcome: 'cropped', area: { x: 15, y: 15, width: 150, height: 150 } },
    ],
  ])('maps %s', (_name, element, image, expected) => {
    expect(cropArea({ element, viewport, image })).toEqual(expected);
  });

  it.each([
    [
      'a chat line inside its frame',
      { x: 850, y: 300, width: 120, height: 40 },
      { outcome: 'cropped', area: { x: 850, y: 300, width: 120, height: 40 } },
    ],
    [
      'a chat line scrolled half out of its frame',
      { x: 850, y: 80, width: 120, height: 40 },
      { outcome: 'clipped-to-viewport', area: { x: 850, y: 100, width: 120, height: 20 } },
    ],
    [
      'a chat line scrolled out of its frame, though still in the viewport',
      { x: 850, y: 40, width: 120, height: 40 },
      { outcome: 'post-out-of-view' },
    ],
  ])('cuts away what is outside the frame: %s', (_name, element, expected) => {
    const frame = { x: 800, y: 100, width: 200, height: 500 };
    const image = { width: 1000, height: 800 };
    expect(cropArea({ element, viewport, visible: frame, image })).toEqual(expected);
  });
});
