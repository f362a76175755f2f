// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { columnsFor, neighbour, VirtualGrid } from './VirtualGrid';

describe('grid layout', () => {
  it('fits as many cards across as the width allows, at least one', () => {
    expect(columnsFor(650, 200, 10)).toBe(3);
    expect(columnsFor(620, 200, 10)).toBe(3);
    expect(columnsFor(619, 200, 10)).toBe(2);
    expect(columnsFor(50, 200, 10)).toBe(1);
  });

  it('moves with the arrow keys, staying put at the edges', () => {
    expect(neighbour(4, 'ArrowDown', 3, 10)).toBe(7);
    expect(neighbour(8, 'ArrowDown', 3, 10)).toBe(8);
    expect(neighbour(4, 'ArrowUp', 3, 10)).toBe(1);
    expect(neighbour(0, 'ArrowLeft', 3, 10)).toBe(0);
    expect(neighbour(4, 'End', 3, 10)).toBe(9);
  });
});

describe('VirtualGrid', () => {
  it('draws only the rows of cards in view and says which items those are', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const ranges: Array<[number, number]> = [];
    act(() =>
      render(
        <VirtualGrid
          count={1000}
          cardWidth={200}
          cardHeight={180}
          height={380}
          label="Captures"
          renderItem={(index) => <button type="button">{index}</button>}
          onRange={(first, last) => ranges.push([first, last])}
        />,
        root,
      ),
    );
    const cards = root.querySelectorAll('.grid-card');
    // Two columns at the starting width (no layout here); two rows in view, four of overscan.
    expect(cards.length).toBe(2 * 6);
    expect(ranges.at(-1)).toEqual([0, 12]);
    const scroller = root.querySelector<HTMLElement>('.virtual-rows')!;
    act(() => {
      scroller.scrollTop = 190 * 100;
      scroller.dispatchEvent(new Event('scroll'));
    });
    expect(ranges.at(-1)).toEqual([96 * 2, 106 * 2]);
    expect(root.querySelector('[data-index="200"]')).not.toBeNull();
    expect(root.querySelector('[data-index="0"]')).toBeNull();
    root.remove();
  });
});
