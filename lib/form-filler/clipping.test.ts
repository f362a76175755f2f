import { clipHides, clipPathHides } from './clipping';

const box = { width: 200, height: 40 } as DOMRect;
const style = (position: string, clip: string) => ({ position, clip }) as CSSStyleDeclaration;

describe('clipPathHides', () => {
  it.each([
    ['none', false],
    ['inset(50%)', true],
    ['inset(0px 100px)', true],
    ['inset(20px 0px)', true],
    ['inset(10px 20px round 4px)', false],
    ['inset(10%)', false],
    ['circle(0px at 50% 50%)', true],
    ['circle(40% at 50% 50%)', false],
    ['ellipse(10px 0px at 50% 50%)', true],
    ['polygon(0 0, 100% 0, 100% 100%)', false],
  ])('%s hides a 200 × 40 box: %s', (clipPath, hides) => {
    expect(clipPathHides(clipPath, box)).toBe(hides);
  });
});

describe('clipHides', () => {
  it.each([
    ['absolute', 'rect(0px, 0px, 0px, 0px)', true],
    ['absolute', 'rect(0px 1px 1px 0px)', true],
    ['absolute', 'auto', false],
    ['absolute', 'rect(0px, auto, auto, 0px)', false],
    ['static', 'rect(0px, 0px, 0px, 0px)', false],
  ])('position %s, clip %s hides: %s', (position, clip, hides) => {
    expect(clipHides(style(position, clip), box)).toBe(hides);
  });
});
