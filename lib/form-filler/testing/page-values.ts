import { COPY_PANEL_TAG, copyPanelRoot } from '../copy-panel';

/** What a selector should show: a value, or whether it is checked. */
export type Expected = Record<string, string | boolean>;

/** The page's values for the expected selectors, in the same shape, to compare at once. */
export function pageValues(document: Document, expected: Expected): Expected {
  return Object.fromEntries(
    Object.entries(expected).map(([selector, wanted]) => {
      const control = document.querySelector<HTMLInputElement>(selector);
      if (!control) return [selector, 'missing'];
      return [selector, typeof wanted === 'boolean' ? control.checked : control.value];
    }),
  );
}

function panelLine(document: Document, key: string): HTMLElement | null | undefined {
  const host = document.querySelector(COPY_PANEL_TAG);
  const root = host ? copyPanelRoot(host) : undefined;
  return root?.querySelector<HTMLElement>(`li[data-key="${key}"]`);
}

/** The panel's state for a key (`filled`, `earlier`...), read through the test hook. */
export function panelState(document: Document, key: string): string | undefined {
  return panelLine(document, key)?.dataset.state;
}

/** The panel's words for where a key's value went, as the person reads them. */
export function panelWords(document: Document, key: string): string | undefined {
  return panelLine(document, key)?.querySelector('.state')?.textContent ?? undefined;
}
