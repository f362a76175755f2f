/**
 * The arithmetic of the card grid, kept apart from the DOM so it can be tested. Cards have a
 * fixed size and a gap between them; a row's pitch is the card's height plus the gap.
 */

export interface GridLayout {
  columns: number;
  rows: number;
  /** Card height plus gap: the distance from one row's top to the next one's. */
  rowPitch: number;
  /** Card width plus gap. */
  columnPitch: number;
  /** Height of all the rows, for the scrollbar. */
  totalHeight: number;
}

/** How many cards fit across, at least one. */
export function columnsFor(width: number, cardWidth: number, gap: number): number {
  if (!(width > 0) || !(cardWidth > 0)) return 1;
  return Math.max(1, Math.floor((width + gap) / (cardWidth + gap)));
}

export function gridLayout(
  count: number,
  width: number,
  cardWidth: number,
  cardHeight: number,
  gap: number,
): GridLayout {
  const columns = columnsFor(width, cardWidth, gap);
  const rows = Math.ceil(Math.max(0, count) / columns);
  const rowPitch = cardHeight + gap;
  return {
    columns,
    rows,
    rowPitch,
    columnPitch: cardWidth + gap,
    totalHeight: rows ? rows * rowPitch - gap : 0,
  };
}

/**
 * The items drawn for a scroll position: the rows in view plus `overscan` rows either side,
 * as [first, last) item indexes.
 */
export function visibleRange(
  layout: GridLayout,
  count: number,
  scrollTop: number,
  height: number,
  overscan: number,
): { firstRow: number; lastRow: number; first: number; last: number } {
  const { columns, rows, rowPitch } = layout;
  const top = Math.max(0, scrollTop);
  const firstRow = Math.min(rows, Math.max(0, Math.floor(top / rowPitch) - overscan));
  const lastRow = Math.min(rows, Math.ceil((top + Math.max(0, height)) / rowPitch) + overscan);
  return {
    firstRow,
    lastRow: Math.max(firstRow, lastRow),
    first: Math.min(count, firstRow * columns),
    last: Math.min(count, Math.max(firstRow, lastRow) * columns),
  };
}

/** Where a card sits in the grid, in CSS pixels from the grid's top-left corner. */
export function cardPosition(index: number, layout: GridLayout): { top: number; left: number } {
  return {
    top: Math.floor(index / layout.columns) * layout.rowPitch,
    left: (index % layout.columns) * layout.columnPitch,
  };
}

/**
 * The card that a key moves to: Left and Right by one (across rows), Up and Down by a row,
 * Home and End to the first and the last. The same card at an edge; undefined for other keys.
 * Down from the row above a short last row lands on that row's last card.
 */
export function neighbour(
  index: number,
  key: string,
  columns: number,
  count: number,
): number | undefined {
  if (count <= 0) return undefined;
  const last = count - 1;
  switch (key) {
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'ArrowRight':
      return Math.min(last, index + 1);
    case 'ArrowUp':
      return index - columns >= 0 ? index - columns : index;
    case 'ArrowDown': {
      if (index + columns <= last) return index + columns;
      const lastRow = Math.floor(last / columns);
      return Math.floor(index / columns) < lastRow ? last : index;
    }
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

/** The scroll position that brings a row fully into view, moving as little as possible. */
export function scrollToReveal(
  row: number,
  layout: GridLayout,
  cardHeight: number,
  scrollTop: number,
  height: number,
): number {
  const top = row * layout.rowPitch;
  const bottom = top + cardHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + height) return Math.max(0, bottom - height);
  return scrollTop;
}
