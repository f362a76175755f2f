import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A list that draws only the rows in view (plus a few), so ten thousand captures scroll as
 * smoothly as ten. Rows have a fixed height; the list keeps its full height for the scrollbar.
 */
export function VirtualRows({
  count,
  rowHeight,
  height,
  label,
  renderRow,
  onRange,
}: {
  count: number;
  rowHeight: number;
  height: number;
  label: string;
  renderRow: (index: number) => ComponentChildren;
  /** Told which rows are drawn, so their pictures can be loaded and no others. */
  onRange?: (first: number, last: number) => void;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const overscan = 4;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  useEffect(() => onRange?.(first, last), [first, last, count]);
  const indexes = Array.from({ length: Math.max(0, last - first) }, (_, offset) => first + offset);
  return (
    <div
      class="virtual-rows"
      role="list"
      aria-label={label}
      style={{ height: `${height}px`, overflowY: 'auto' }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: `${count * rowHeight}px`, position: 'relative' }}>
        {indexes.map((index) => (
          <div
            role="listitem"
            key={index}
            style={{
              position: 'absolute',
              top: `${index * rowHeight}px`,
              left: 0,
              right: 0,
              height: `${rowHeight}px`,
            }}
          >
            {renderRow(index)}
          </div>
        ))}
      </div>
    </div>
  );
}
