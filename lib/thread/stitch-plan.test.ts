import {
  createStitchPlanner,
  PART_HEIGHT_LIMIT,
  planStitch,
  type ScreenGeometry,
} from './stitch-plan';

const viewport = { width: 1000, height: 800 };
const screen = (index: number, scrollTop: number, extra: Partial<ScreenGeometry> = {}) => ({
  index,
  scrollTop,
  pageMoved: 0,
  viewport,
  width: 1000,
  height: 800,
  ...extra,
});
const rows = (plan: ReturnType<typeof planStitch>) =>
  plan.parts.flatMap((part) =>
    part.bands.map((band) => [band.screenIndex, band.sourceY, band.height]),
  );

describe('the stitching geometry', () => {
  it('takes from each screen the rows down to where the next starts, and all of the last', () => {
    const plan = planStitch([screen(0, 0), screen(1, 680), screen(2, 1360), screen(3, 1700)]);
    expect(rows(plan)).toEqual([
      [0, 0, 680],
      [1, 0, 680],
      [2, 0, 340],
      [3, 0, 800],
    ]);
    expect(plan.parts).toHaveLength(1);
    expect(plan.parts[0]!.height).toBe(1700 + 800);
    expect(plan).toMatchObject({ sourceX: 0, width: 1000 });
  });

  it('keeps the first screen’s top, so a sticky header shown there appears once', () => {
    const plan = planStitch([screen(0, 0), screen(1, 700)]);
    const headerRows = plan.parts[0]!.bands.filter((band) => band.sourceY < 53);
    // Every band starts at its screen's top, but only the first screen shows the header there.
    expect(headerRows.map((band) => [band.screenIndex, band.targetY])).toEqual([
      [0, 0],
      [1, 700],
    ]);
  });

  it.each([
    ['device pixel ratio 2', 2],
    ['page zoom 1.5', 1.5],
  ])('scales to image pixels (%s) without a gap between bands', (_name, scale) => {
    const plan = planStitch([
      screen(0, 0, { width: 1000 * scale, height: 800 * scale }),
      screen(1, 333, { width: 1000 * scale, height: 800 * scale }),
    ]);
    const [first, second] = plan.parts[0]!.bands;
    expect(first!.height).toBe(Math.round(333 * scale));
    expect(second!.targetY).toBe(first!.height);
    expect(plan.parts[0]!.height).toBe(Math.round(333 * scale) + 800 * scale);
  });

  it('follows a page that moved on its own: posts added above push later screens down', () => {
    // 120 px of posts arrived above before screen 1: the agent scrolled 120 px further.
    const plan = planStitch([screen(0, 0), screen(1, 800, { pageMoved: 120 }), screen(2, 1480)]);
    expect(rows(plan)).toEqual([
      [0, 0, 680],
      [1, 0, 680],
      [2, 0, 800],
    ]);
  });

  it('cuts an inner scroller’s area out of each screen', () => {
    const scrollerArea = { x: 600, y: 100, width: 340, height: 600 };
    const plan = planStitch([screen(0, 0, { scrollerArea }), screen(1, 500, { scrollerArea })]);
    expect(plan).toMatchObject({ sourceX: 600, width: 340 });
    expect(rows(plan)).toEqual([
      [0, 100, 500],
      [1, 100, 600],
    ]);
  });

  it('skips a screen the next one covers entirely, and never goes back up', () => {
    const plan = planStitch([screen(0, 0), screen(1, 700), screen(2, 700), screen(3, 650)]);
    expect(rows(plan)).toEqual([
      [0, 0, 700],
      [3, 50, 750],
    ]);
  });

  it('splits a thread taller than the canvas limit into parts, none past it', () => {
    const screens = Array.from({ length: 60 }, (_, index) => screen(index, index * 680));
    const plan = planStitch(screens);
    const total = 59 * 680 + 800;
    expect(plan.parts.map((part) => part.height)).toEqual([
      PART_HEIGHT_LIMIT,
      PART_HEIGHT_LIMIT,
      total - 2 * PART_HEIGHT_LIMIT,
    ]);
    for (const part of plan.parts) {
      let next = 0;
      for (const band of part.bands) {
        expect(band.targetY).toBe(next);
        next += band.height;
      }
      expect(next).toBe(part.height);
    }
  });

  it('makes shorter parts from wider screens, so one part stays within the area limit', () => {
    const wide = { viewport: { width: 3000, height: 800 }, width: 3000, height: 800 };
    const plan = planStitch(
      Array.from({ length: 30 }, (_, index) => screen(index, index * 700, wide)),
    );
    expect(Math.max(...plan.parts.map((part) => part.height))).toBe(8000);
  });

  it('gives each screen’s bands as the next arrives, and says which band fills its part', () => {
    const screens = Array.from({ length: 60 }, (_, index) => screen(index, index * 680));
    const planner = createStitchPlanner(screens[0]!);
    // The first screen's end is unknown until the second says where it starts.
    expect(planner.add(screens[0]!)).toEqual([]);
    const seen = [...screens.slice(1).map((one) => planner.add(one)), planner.finish()];
    expect(seen.every((bands, at) => bands.every((band) => band.screenIndex === at))).toBe(true);
    const bands = seen.flat();
    const whole = planStitch(screens);
    expect(
      bands.map(({ part, screenIndex, sourceY, targetY, height }) => ({
        part,
        screenIndex,
        sourceY,
        targetY,
        height,
      })),
    ).toEqual(whole.parts.flatMap((one, part) => one.bands.map((band) => ({ part, ...band }))));
    // The bands that close a part: exactly the full parts, as soon as they are full.
    expect(bands.filter((band) => band.fillsPart).map((band) => band.part)).toEqual([0, 1]);
  });

  it('plans nothing for no screens', () => {
    expect(planStitch([]).parts).toEqual([]);
  });
});
