import { copyText } from './copy-text';
import type { FieldKey } from '../messaging/fill-plan';
import type { FillState } from './fill-status';
import { PANEL_STYLE } from './panel-style';
import { panelText } from '../i18n/panel-text';

export const COPY_PANEL_TAG = 'temoin-form-panel';
const COPIED_FOR_MS = 1500;

export interface PanelEntry {
  key: FieldKey;
  state: FillState;
  /** The full text to copy, even when the field took a shortened one. */
  text: string;
}

export interface CopyPanel {
  update(entries: readonly PanelEntry[]): void;
  remove(): void;
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
 * Shows, beside the form, each planned value with where it stands and a button to copy it.
 * It lives in a closed shadow root on `<html>`, outside any form: the page can neither style
 * nor read it, and the filler never mistakes it for a field.
 */
export function showCopyPanel(document: Document, locale: 'fr' | 'en'): CopyPanel {
  const say = panelText(locale);
  const host = document.createElement(COPY_PANEL_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PANEL_STYLE);
  root.adoptedStyleSheets = [sheet];

  const panel = element(document, 'aside', {
    class: 'panel',
    'aria-labelledby': 'title',
    lang: locale,
  });
  const header = element(document, 'header');
  const title = element(document, 'h2', { id: 'title' }, say('title'));
  const collapse = element(
    document,
    'button',
    {
      type: 'button',
      class: 'icon',
      'aria-expanded': 'true',
      'aria-controls': 'body',
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
  const body = element(document, 'div', { id: 'body' });
  const warning = element(document, 'p', { class: 'warning' }, say('neverSends'));
  const list = element(document, 'ul');
  const live = element(document, 'p', { class: 'live', role: 'status', 'aria-live': 'polite' });
  header.append(title, collapse, close);
  body.append(warning, list, live);
  panel.append(header, body);
  root.append(panel);

  function setCollapsed(collapsed: boolean): void {
    body.hidden = collapsed;
    collapse.setAttribute('aria-expanded', String(!collapsed));
    collapse.setAttribute('aria-label', collapsed ? say('expand') : say('collapse'));
    collapse.textContent = collapsed ? '+' : '–';
  }
  collapse.addEventListener('click', () => setCollapsed(!body.hidden));
  close.addEventListener('click', () => host.remove());
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') setCollapsed(true);
  });

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
      element(document, 'span', { class: 'state' }, say(`state.${entry.state}`)),
      element(document, 'span', { class: 'value' }, entry.text),
      button,
    );
    return item;
  }

  let shown = '';
  document.documentElement.append(host);
  return {
    update(entries) {
      const signature = JSON.stringify(entries);
      if (signature === shown) return;
      shown = signature;
      // Re-rendering must not take the focus from a person moving through the copy buttons.
      const focused = root.activeElement?.getAttribute('data-index');
      list.replaceChildren(...entries.map(entryItem));
      if (focused) list.querySelector<HTMLElement>(`[data-index="${focused}"]`)?.focus();
    },
    remove() {
      host.remove();
    },
  };
}
