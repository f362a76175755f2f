import { useEffect } from 'preact/hooks';

const HIGHLIGHT = 'guided-target';

/**
 * Outlines the part of the page the current guided step is about, and keeps it outlined when
 * the page redraws (a capture opening, the channels appearing); with no step, nothing is.
 */
export function useGuidedHighlight(stepId: string | null): void {
  useEffect(() => {
    const mark = () => {
      const target = stepId
        ? (document.querySelector(`[data-guided="${stepId}"]`) ??
          document.getElementById('exercises'))
        : null;
      for (const element of document.querySelectorAll(`.${HIGHLIGHT}`)) {
        if (element !== target) element.classList.remove(HIGHLIGHT);
      }
      if (target && !target.classList.contains(HIGHLIGHT)) {
        target.classList.add(HIGHLIGHT);
        target.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      }
    };
    mark();
    if (!stepId) return;
    const observer = new MutationObserver(mark);
    observer.observe(document.getElementById('app')!, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [stepId]);
}
