import { copyText } from './copy-text';
import { dockBeside, type Dock } from './panel-dock';
import type { PanelEntry } from './panel-entries';
import { PANEL_STYLE } from './panel-style';
import { panelText } from '../i18n/panel-text';

export type { PanelEntry } from './panel-entries';

export const COPY_PANEL_TAG = 'temoin-form-panel';
const COPIED_FOR_MS = 1500;
const QUOTES = { fr: ['« ', ' »'], en: ['“', '”'] } as const;

export interface CopyPanel {
  /** Shows the lines; `formSeen` false while no step of the form is on screen yet. */
  update(entries: readonly PanelEntry[], formSeen: boolean): void;
  remove(): void;
}

export interface CopyPanelOptions {
  /** Starts folded to a small tab: the person's last choice. */
  folded?: boolean;
  /** Called when the person folds or unfolds it, to remember the choice. */
  onFold?: (folded: boolean) => void;
}

/** Closed roots by host, so tests can read the panel while pages cannot. */
const roots = new WeakMap<Element, ShadowRoot>();

/** Test hook: the closed shadow root of a panel host. */
export function copyPanelRoot(host: Element): ShadowRoot | undefined {
  return roots.get(host);
}

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  if (text) created.textContent = text;
  return created;
}

/**
 * Shows, docked beside the form, each planned value with where it went in the form's own words
 * and a button to copy it. It lives in a closed shadow root on `<html>`, outside any form: the
 * page can neither style nor read it, and the filler never mistakes it for a field. The page
 * is narrowed by the panel's width, so the panel never covers the form; folded, it is a tab.
 */
export function showCopyPanel(
  document: Document,
  locale: 'fr' | 'en',
  options: CopyPanelOptions = {},
): CopyPanel {
  const say = panelText(locale);
  const host = document.createElement(COPY_PANEL_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PANEL_STYLE);
  root.adoptedStyleSheets = [sheet];

  const panel = element(document, 'aside', {
    class: 'panel',
    id: 'panel',
    'aria-labelledby': 'title',
    lang: locale,
  });
  const header = element(document, 'header');
  const title = element(document, 'h2', { id: 'title' }, say('title'));
  const fold = element(
    document,
    'button',
    {
      type: 'button',
      class: 'icon',
      'aria-expanded': 'true',
      'aria-controls': 'panel',
      'aria-label': say('collapse'),
    },
    '–',
  );
  const close = element(
    document,
    'button',
    { type: 'button', class: 'icon', 'aria-label': say('close') },
    '×',
  );
  const tab = element(
    document,
    'button',
    { type: 'button', class: 'tab', 'aria-expanded': 'false', 'aria-label': say('expand') },
    say('tab'),
  );
  const warning = element(document, 'p', { class: 'warning' }, say('neverSends'));
  const waiting = element(document, 'p', { class: 'waiting' }, say('waiting'));
  const list = element(document, 'ul');
  const live = element(document, 'p', { class: 'live', role: 'status', 'aria-live': 'polite' });
  header.append(title, fold, close);
  panel.append(header, warning, waiting, list, live);
  root.append(panel, tab);
  const dock: Dock = dockBeside(document, host);

  function setFolded(folded: boolean, remember: boolean): void {
    panel.hidden = folded;
    tab.hidden = !folded;
    host.toggleAttribute('data-folded', folded);
    dock.fit();
    if (remember) {
      (folded ? tab : fold).focus();
      options.onFold?.(folded);
    }
  }
  fold.addEventListener('click', () => setFolded(true, true));
  tab.addEventListener('click', () => setFolded(false, true));
  close.addEventListener('click', () => {
    dock.release();
    host.remove();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') setFolded(true, true);
  });

  function placesText(fields: readonly string[]): (string | HTMLElement)[] {
    const [open, shut] = QUOTES[locale];
    return fields.flatMap((field, index) => [
      ...(index === 0 ? [] : [` ${say('and')} `]),
      open,
      element(document, 'span', { class: 'place' }, field),
      shut,
    ]);
  }

  function stateLine(entry: PanelEntry): HTMLElement {
    const line = element(document, 'span', { class: 'state' });
    const [before, after] = say(`state.${entry.state}`).split('{fields}');
    const fields = entry.fields.length > 0 ? entry.fields : [say('unnamedField')];
    if (after === undefined) line.append(before!);
    else line.append(before!, ...placesText(fields), after);
    return line;
  }

  async function copy(entry: PanelEntry, button: HTMLButtonElement): Promise<void> {
    const copied = await copyText(document, root, entry.text);
    live.textContent = copied
      ? `${say('copied')} : ${say(`field.${entry.key}`)}`
      : say('copyFailed');
    if (!copied) return;
    button.textContent = say('copied');
    setTimeout(() => (button.textContent = say('copy')), COPIED_FOR_MS);
  }

  function entryItem(entry: PanelEntry, index: number): HTMLLIElement {
    const item = element(document, 'li', { 'data-state': entry.state, 'data-key': entry.key });
    const name = say(`field.${entry.key}`);
    const button = element(
      document,
      'button',
      {
        type: 'button',
        class: 'copy',
        'data-index': String(index),
        'aria-label': say('copyField', { field: name }),
      },
      say('copy'),
    );
    button.addEventListener('click', () => void copy(entry, button));
    item.append(
      element(document, 'span', { class: 'field' }, name),
      stateLine(entry),
      element(document, 'span', { class: 'value' }, entry.text),
      button,
    );
    return item;
  }

  let shown = '';
  document.documentElement.append(host);
  setFolded(options.folded ?? false, false);
  return {
    update(entries, formSeen) {
      const signature = JSON.stringify([entries, formSeen]);
      if (signature === shown) return;
      shown = signature;
      waiting.hidden = formSeen;
      // Re-rendering must not take the focus from a person moving through the copy buttons.
      const focused = root.activeElement?.getAttribute('data-index');
      list.replaceChildren(...entries.map(entryItem));
      if (focused) list.querySelector<HTMLElement>(`[data-index="${focused}"]`)?.focus();
    },
    remove() {
      dock.release();
      host.remove();
    },
  };
}
