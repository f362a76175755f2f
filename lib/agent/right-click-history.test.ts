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
    elements.forEach((element) => history.remember(element));
    expect((history.lastBefore(time) as unknown as { id: string } | null)?.id ?? null).toBe(
      expected,
    );
  });
});
