import { anchorCorrection, atEnd, planNextScroll, type PlacedPost } from './scroll-plan';

const view = { scrollTop: 0, clientHeight: 1000, scrollHeight: 5000 };
const posts = (...tops: number[]): PlacedPost[] =>
  tops.map((top, index) => ({ key: `p${index}`, top, bottom: top + 180 }));

describe('planNextScroll', () => {
  it.each([
    [
      'starts the next screen with the last post that begins in the upper 85%',
      posts(0, 200, 400, 600, 800, 900),
      792,
      'p4',
    ],
    [
      'leaves a post cut by the bottom edge to the next screen',
      posts(10, 300, 620, 840),
      832,
      'p3',
    ],
    ['ignores a post that begins below 85% of the screen', posts(10, 300, 860), 292, 'p1'],
  ])('%s', (_name, placed, by, anchor) => {
    const plan = planNextScroll(view, placed);
    expect(plan.by).toBe(by);
    expect(plan.anchor?.key).toBe(anchor);
  });

  it.each([
    ['no post at all', []],
    ['one post taller than the screen', posts(-50)],
  ])('moves by the screen less the overlap with %s', (_name, placed) => {
    expect(planNextScroll(view, placed)).toEqual({ by: 850 });
  });

  it('always moves forward, so a thread cannot loop on one screen', () => {
    expect(planNextScroll(view, posts(9)).by).toBeGreaterThan(0);
  });
});

describe('atEnd', () => {
  it.each([
    [{ scrollTop: 4000, clientHeight: 1000, scrollHeight: 5000 }, true],
    [{ scrollTop: 3999.5, clientHeight: 1000, scrollHeight: 5000 }, true],
    [{ scrollTop: 3999, clientHeight: 1000, scrollHeight: 5000 }, false],
    [{ scrollTop: 3000, clientHeight: 1000, scrollHeight: 5000 }, false],
    [{ scrollTop: 0, clientHeight: 1000, scrollHeight: 800 }, true],
  ])('%j → %s', (scroller, expected) => {
    expect(atEnd(scroller)).toBe(expected);
  });
});

describe('anchorCorrection', () => {
  const anchor = { key: 'p3', top: 8 };
  it.each([
    ['the anchor is where the plan put it', posts(-300, -100, -50, 8), 0],
    ['the feed dropped 240 px of posts above', posts(-300, -100, -50, -232), -240],
    ['the feed added a post above', posts(-300, -100, -50, 128), 120],
    ['the anchor is gone', posts(-300, -100), 0],
  ])('%s', (_name, placed, correction) => {
    expect(anchorCorrection(anchor, placed)).toBe(correction);
  });
  it('is zero without an anchor', () => {
    expect(anchorCorrection(undefined, posts(0))).toBe(0);
  });
});
