import { inTopViewport } from './frame-geometry';

const topViewport = { width: 1280, height: 800, devicePixelRatio: 1 };

describe('inTopViewport', () => {
  it.each([
    [
      'a line in a frame drawn at its own size',
      { x: 810, y: 40, width: 400, height: 560 },
      { x: 0, y: 120, width: 400, height: 32 },
      { x: 810, y: 160, width: 400, height: 32 },
    ],
    [
      'a line in a frame drawn at half its size (a CSS transform)',
      { x: 100, y: 100, width: 200, height: 280 },
      { x: 40, y: 120, width: 200, height: 32 },
      { x: 120, y: 160, width: 100, height: 16 },
    ],
  ])('moves %s into the top page', (_name, area, post, expected) => {
    const inner = {
      attached: true,
      rectangle: post,
      viewport: { width: 400, height: 560, devicePixelRatio: 1 },
    };
    expect(inTopViewport(inner, { area, viewport: topViewport })).toEqual({
      attached: true,
      rectangle: expected,
      viewport: topViewport,
      visible: area,
    });
  });

  it.each([
    ['the top frame did not answer', null],
    ['the frame never announced itself', { viewport: topViewport }],
  ])('cannot place the post when %s', (_name, frame) => {
    const inner = {
      attached: true,
      rectangle: { x: 0, y: 0, width: 1, height: 1 },
      viewport: topViewport,
    };
    expect(inTopViewport(inner, frame)).toEqual({ attached: true, frameUnlocated: true });
  });

  it('keeps a post that left its frame as gone', () => {
    const inner = { attached: false, viewport: topViewport };
    const area = { x: 0, y: 0, width: 1280, height: 800 };
    expect(inTopViewport(inner, { area, viewport: topViewport })).toEqual({
      attached: false,
      viewport: topViewport,
      visible: area,
    });
  });
});
