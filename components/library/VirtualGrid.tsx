import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { VirtualRows } from './VirtualRows';

/** How many cards fit across, at least one. */
export function columnsFor(width: number, cardWidth: number, gap: number): number {
  return Math.max(1, Math.floor((width + gap) / (cardWidth + gap)));
}

/** The card that an arrow key moves to, or the same one at an edge. */
export function neighbour(index: number, key: string, columns: number, count: number): number {
  const moves: Record<string, number> = {
    ArrowLeft: index - 1,
    ArrowRight: index + 1,
    ArrowUp: index - columns,
    ArrowDown: index + columns,
    Home: 0,
    End: count - 1,
  };
  const next = moves[key];
  return next === undefined || next < 0 || next >= count ? index : next;
}

/**
 * Cards in rows as wide as the page allows, drawn only where they are in view (rows of cards
 * on top of the virtual list). Arrow keys, Home and End move between cards.
 */
export function VirtualGrid({
  count,
  cardWidth,
  cardHeight,
  gap = 10,
  height,
  label,
  renderItem,
  onRange,
}: {
  count: number;
  cardWidth: number;
  cardHeight: number;
  gap?: number;
  height: number;
  label: string;
  renderItem: (index: number) => ComponentChildren;
  onRange?: (first: number, last: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(cardWidth * 3);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    setWidth(element.clientWidth || width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry!.contentRect.width));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const columns = columnsFor(width, cardWidth, gap);
  const rows = Math.ceil(count / columns);
  const focusCard = (index: number) => {
    const scroller = box.current?.querySelector<HTMLElement>('.virtual-rows');
    const row = Math.floor(index / columns);
    const rowHeight = cardHeight + gap;
    if (scroller) {
      if (row * rowHeight < scroller.scrollTop) scroller.scrollTop = row * rowHeight;
      else if ((row + 1) * rowHeight > scroller.scrollTop + height)
        scroller.scrollTop = (row + 1) * rowHeight - height;
    }
    requestAnimationFrame(() =>
      box.current
        ?.querySelector<HTMLElement>(
          `[data-index="${index}"] button, [data-index="${index}"] input`,
        )
        ?.focus(),
    );
  };
  return (
    <div
      ref={box}
      class="virtual-grid"
      onKeyDown={(event) => {
        const card = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
        if (
          !card ||
          !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(event.key)
        )
          return;
        event.preventDefault();
        focusCard(neighbour(Number(card.dataset.index), event.key, columns, count));
      }}
    >
      <VirtualRows
        count={rows}
        rowHeight={cardHeight + gap}
        height={height}
        label={label}
        onRange={(first, last) => onRange?.(first * columns, Math.min(count, last * columns))}
        renderRow={(row) => (
          <div class="grid-row" style={{ gap: `${gap}px` }}>
            {Array.from({ length: columns }, (_, column) => row * columns + column)
              .filter((index) => index < count)
              .map((index) => (
                <div
                  class="grid-card"
                  data-index={index}
                  key={index}
                  style={{ width: `${cardWidth}px`, height: `${cardHeight}px` }}
                >
                  {renderItem(index)}
                </div>
              ))}
          </div>
        )}
      />
    </div>
  );
}
