/** The panel's width: at most this, and never more than a share of a narrow window. */
const PANEL_WIDTH = 340;
const PANEL_SHARE = 0.45;
/** What the page keeps clear for the folded panel's tab. */
const TAB_WIDTH = 40;

export interface Dock {
  /** Narrows the page to leave room for the panel as it is now, unfolded or folded. */
  fit(): void;
  /** Gives the page back its own width. */
  release(): void;
}

/**
 * Docks the panel on the right and narrows the page by its width, so the panel sits beside
 * the form instead of over it, at any window width. The page's own margin is put back when
 * the panel goes.
 */
export function dockBeside(document: Document, host: HTMLElement): Dock {
  const view = document.defaultView!;
  const page = document.documentElement.style;
  const own = {
    value: page.getPropertyValue('margin-right'),
    priority: page.getPropertyPriority('margin-right'),
  };
  function fit(): void {
    const unfolded = Math.round(Math.min(PANEL_WIDTH, view.innerWidth * PANEL_SHARE));
    const width = `${host.hasAttribute('data-folded') ? TAB_WIDTH : unfolded}px`;
    host.style.setProperty('width', width, 'important');
    page.setProperty('margin-right', width, 'important');
  }
  view.addEventListener('resize', fit);
  return {
    fit,
    release() {
      view.removeEventListener('resize', fit);
      page.setProperty('margin-right', own.value, own.priority);
    },
  };
}
