import {
  cardPosition,
  columnsFor,
  gridLayout,
  neighbour,
  scrollToReveal,
  visibleRange,
} from './grid-math';

describe('columns', () => {
  it('fits as many cards across as the width allows, at least one', () => {
    expect(columnsFor(650, 200, 10)).toBe(3);
    expect(columnsFor(620, 200, 10)).toBe(3);
    expect(columnsFor(619, 200, 10)).toBe(2);
    expect(columnsFor(50, 200, 10)).toBe(1);
    expect(columnsFor(0, 200, 10)).toBe(1);
    expect(columnsFor(Number.NaN, 200, 10)).toBe(1);
  });

  it('lays out rows for every card and places each one', () => {
    const layout = gridLayout(10, 650, 200, 180, 10);
    expect(layout).toEqual({
      columns: 3,
      rows: 4,
      rowPitch: 190,
      columnPitch: 210,
      totalHeight: 4 * 190 - 10,
    });
    expect(cardPosition(0, layout)).toEqual({ top: 0, left: 0 });
    expect(cardPosition(5, layout)).toEqual({ top: 190, left: 420 });
    expect(gridLayout(0, 650, 200, 180, 10).totalHeight).toBe(0);
  });
});

describe('rows in view', () => {
  const layout = gridLayout(1000, 650, 200, 180, 10);

  it('draws the rows in view plus the overscan, as item indexes', () => {
    expect(visibleRange(layout, 1000, 0, 380, 2)).toEqual({
      firstRow: 0,
      lastRow: 4,
      first: 0,
      last: 12,
    });
    // Row 100 at the top, rows 100 and 101 in view; two more either side.
    expect(visibleRange(layout, 1000, 19_000, 380, 2)).toEqual({
      firstRow: 98,
      lastRow: 104,
      first: 294,
      last: 312,
    });
  });

  it('stops at the last card', () => {
    const end = visibleRange(layout, 1000, 333 * 190, 380, 2);
    expect(end.last).toBe(1000);
    expect(end.lastRow).toBe(334);
    expect(visibleRange(gridLayout(0, 650, 200, 180, 10), 0, 0, 380, 2)).toMatchObject({
      first: 0,
      last: 0,
    });
  });
});

describe('arrow keys', () => {
  it('move by one across rows, by a row up and down, and to the ends', () => {
    expect(neighbour(2, 'ArrowRight', 3, 10)).toBe(3);
    expect(neighbour(3, 'ArrowLeft', 3, 10)).toBe(2);
    expect(neighbour(4, 'ArrowDown', 3, 10)).toBe(7);
    expect(neighbour(4, 'ArrowUp', 3, 10)).toBe(1);
    expect(neighbour(4, 'Home', 3, 10)).toBe(0);
    expect(neighbour(4, 'End', 3, 10)).toBe(9);
  });

  it('stay put at the edges, and go down to a short last row', () => {
    expect(neighbour(0, 'ArrowLeft', 3, 10)).toBe(0);
    expect(neighbour(9, 'ArrowRight', 3, 10)).toBe(9);
    expect(neighbour(1, 'ArrowUp', 3, 10)).toBe(1);
    expect(neighbour(9, 'ArrowDown', 3, 10)).toBe(9);
    // 7 and 8 have nothing below them but the lone 9 on the last row.
    expect(neighbour(8, 'ArrowDown', 3, 10)).toBe(9);
  });

  it('ignore other keys and empty grids', () => {
    expect(neighbour(4, 'Enter', 3, 10)).toBeUndefined();
    expect(neighbour(0, 'ArrowDown', 3, 0)).toBeUndefined();
  });

  it('scroll only as far as needed to show the card', () => {
    const layout = gridLayout(1000, 650, 200, 180, 10);
    expect(scrollToReveal(1, layout, 180, 0, 380)).toBe(0);
    expect(scrollToReveal(2, layout, 180, 0, 380)).toBe(2 * 190 + 180 - 380);
    expect(scrollToReveal(0, layout, 180, 500, 380)).toBe(0);
    expect(scrollToReveal(3, layout, 180, 500, 380)).toBe(500);
    expect(scrollToReveal(4, layout, 180, 500, 380)).toBe(4 * 190 + 180 - 380);
  });
});
