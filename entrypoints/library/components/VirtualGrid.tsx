import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  cardPosition,
  gridLayout,
  neighbour,
  scrollToReveal,
  visibleRange,
  type GridLayout,
} from '../../../lib/layout/grid-math';

export interface VirtualGridProps {
  count: number;
  /** Ignored when `fullWidth`. */
  cardWidth: number;
  /** One card per row, as wide as the box: a list that moves and scrolls like the grid. */
  fullWidth?: boolean;
  cardHeight: number;
  /** Between cards, across and down; 10 px unless told. */
  gap?: number;
  /** Height of the scrolling box, in CSS pixels. */
  height: number;
  /** Width to lay out for until the box is measured (or where it cannot be). */
  width?: number;
  /** Rows drawn above and below those in view; 2 unless told. */
  overscan?: number;
  /** The list's accessible name. */
  label: string;
  /** How to move between cards, read to assistive technologies (e.g. t('grid.keys')). */
  hint?: string;
  /**
   * Draws a card. Only the card that Tab lands on is `tabbable`: its controls take the focus
   * in turn, those of the other cards must not (tabIndex -1), so the grid is one stop.
   */
  renderItem: (index: number, tabbable: boolean) => ComponentChildren;
  /** Told which cards are drawn, [first, last), so their pictures can be loaded and no others. */
  onRange?: (first: number, last: number) => void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea';

function focusablesIn(card: Element): HTMLElement[] {
  return [...card.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/** Keys that a text field needs for itself. */
function isTextEntry(element: HTMLElement): boolean {
  if (element.isContentEditable || element.tagName === 'TEXTAREA' || element.tagName === 'SELECT')
    return true;
  if (element.tagName !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file'].includes(type);
}

/**
 * Cards of a fixed size in as many columns as the box is wide (or one per row, as a list),
 * drawn only where they are in view (plus a few rows), the box keeping its full height for the
 * scrollbar. The arrow keys, Home and End move the focus from card to card, scrolling it into
 * view; Tab enters a card (one tab stop for the grid) and then its own controls.
 *
 * A roving tab stop rather than `aria-activedescendant`: the cards hold real controls (a
 * checkbox, a button) that a listbox's options may not, and moving the real focus lets the
 * browser and screen readers follow it; the focused card stays drawn when scrolled away.
 */
export function VirtualGrid({
  count,
  cardWidth,
  fullWidth = false,
  cardHeight,
  gap = 10,
  height,
  width,
  overscan = 2,
  label,
  hint,
  renderItem,
  onRange,
}: VirtualGridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [measured, setMeasured] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);
  const [focusInside, setFocusInside] = useState(false);
  /** A card to focus once drawn, and which of its controls (-1: the card itself). */
  const pending = useRef<{ index: number; control: number } | null>(null);
  const [, redraw] = useState(0);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    setMeasured(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setMeasured(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const across = measured || width || cardWidth;
  const layout: GridLayout = gridLayout(
    count,
    across,
    fullWidth ? across : cardWidth,
    cardHeight,
    gap,
  );
  const { first, last } = visibleRange(layout, count, scrollTop, height, overscan);
  useEffect(() => onRange?.(first, last), [first, last, count]);

  const current = Math.min(active, Math.max(0, count - 1));
  const inView = current >= first && current < last;
  const firstInView = Math.min(
    Math.max(0, count - 1),
    Math.floor(Math.max(0, scrollTop) / layout.rowPitch) * layout.columns,
  );
  /** The one card Tab lands on. */
  const tabStop = inView ? current : firstInView;
  const indexes = Array.from({ length: Math.max(0, last - first) }, (_, offset) => first + offset);
  // The focused card stays drawn when scrolled away, so the focus is not lost.
  if (focusInside && count > 0 && !inView) indexes.push(current);

  const focusCard = (index: number, control: number) => {
    const card = scroller.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (!card) return false;
    (focusablesIn(card)[control] ?? card).focus({ preventScroll: true });
    return true;
  };

  useLayoutEffect(() => {
    const wanted = pending.current;
    if (wanted && focusCard(wanted.index, wanted.control)) pending.current = null;
  });

  const move = (index: number, control: number) => {
    setActive(index);
    const element = scroller.current;
    if (element) {
      const top = scrollToReveal(
        Math.floor(index / layout.columns),
        layout,
        cardHeight,
        element.scrollTop,
        element.clientHeight || height,
      );
      if (top !== element.scrollTop) {
        element.scrollTop = top;
        setScrollTop(top);
      }
    }
    if (!focusCard(index, control)) {
      pending.current = { index, control };
      redraw((n) => n + 1);
    }
  };

  return (
    <>
      <div
        ref={scroller}
        class={fullWidth ? 'virtual-grid virtual-list' : 'virtual-grid'}
        role="list"
        aria-label={label}
        aria-describedby={hint ? hintId : undefined}
        // No taller than its cards: a short list leaves no empty box above what follows.
        style={{
          height: `${Math.min(height, layout.totalHeight + 2)}px`,
          overflowY: 'auto',
          position: 'relative',
        }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onFocusIn={(event) => {
          setFocusInside(true);
          const card = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
          if (card) setActive(Number(card.dataset.index));
        }}
        onFocusOut={(event) => {
          const next = event.relatedTarget as Node | null;
          if (!next || !event.currentTarget.contains(next)) setFocusInside(false);
        }}
        onKeyDown={(event) => {
          if (event.ctrlKey || event.metaKey || event.altKey) return;
          const target = event.target as HTMLElement;
          if (isTextEntry(target)) return;
          const card = target.closest<HTMLElement>('[data-index]');
          if (!card) return;
          const next = neighbour(Number(card.dataset.index), event.key, layout.columns, count);
          if (next === undefined) return;
          event.preventDefault();
          move(next, card === target ? -1 : focusablesIn(card).indexOf(target));
        }}
      >
        <div
          class="virtual-grid-sizer"
          role="none"
          style={{ height: `${layout.totalHeight}px`, position: 'relative' }}
        >
          {indexes.map((index) => {
            const { top, left } = cardPosition(index, layout);
            return (
              <div
                role="listitem"
                class={fullWidth ? 'list-card' : 'grid-card'}
                key={index}
                data-index={index}
                tabIndex={index === tabStop ? 0 : -1}
                aria-posinset={index + 1}
                aria-setsize={count}
                style={{
                  position: 'absolute',
                  top: `${top}px`,
                  ...(fullWidth
                    ? { left: 0, right: 0 }
                    : { left: `${left}px`, width: `${cardWidth}px` }),
                  height: `${cardHeight}px`,
                }}
              >
                {renderItem(index, index === tabStop)}
              </div>
            );
          })}
        </div>
      </div>
      {hint && (
        <p id={hintId} class="visually-hidden">
          {hint}
        </p>
      )}
    </>
  );
}
