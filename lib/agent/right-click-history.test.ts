import { createRightClickHistory } from './right-click-history';

describe('right-click history', () => {
  it.each([
    [150, 'first'],
    [250, 'second'],
    [99, null],
    [10_000, 'third'],
  ])('at %i gives the last right-click before: %s', (time, expected) => {
    const times = [100, 200, 300];
    const history = createRightClickHistory(() => times.shift()!);
    const elements = ['first', 'second', 'third'].map((id) => ({ id }) as unknown as Element);
    const box = { x: 1, y: 2, width: 3, height: 4 };
    elements.forEach((element) => history.remember(element, box));
    const click = history.lastBefore(time);
    expect((click?.element as unknown as { id: string } | undefined)?.id ?? null).toBe(expected);
    if (click) expect(click.box).toEqual(box);
  });
});
