import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Shows the capture just opened. On a narrow window, where the detail comes after the list,
 * the detail is scrolled into view and takes the focus, so what is read is what is seen; side
 * by side it is in view already, and the focus stays in the list for the arrow keys. When the
 * detail closes, the focus goes back to that capture's row instead of being lost.
 */
export function useDetailFocus(
  openId: string | null,
  list: RefObject<HTMLElement | null>,
  detail: RefObject<HTMLElement | null>,
) {
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const closed = shown.current;
    shown.current = openId;
    const section = detail.current;
    const results = list.current;
    if (!section || !results || openId === closed) return;
    if (openId) {
      const stacked =
        section.getBoundingClientRect().top >= results.getBoundingClientRect().bottom - 1;
      if (stacked) {
        section.focus({ preventScroll: true });
        section.scrollIntoView({ block: 'start' });
      }
      return;
    }
    const focus = document.activeElement;
    if (closed && (!focus || focus === document.body || section.contains(focus))) {
      const row =
        results.querySelector<HTMLElement>(`[data-capture-id="${CSS.escape(closed)}"] .open`) ??
        results.querySelector<HTMLElement>('[tabindex="0"]');
      row?.focus();
    }
  }, [openId]);
}
