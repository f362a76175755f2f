import type { SelectionLabels } from '../messaging/selection-channel';
import type { PostDetails } from '../sites/post-details';
import { authorKey, authorLabel } from './same-author';

const HOST_ATTRIBUTE = 'data-temoin-selection';
const TEXT_IN_LABEL = 80;

const STYLE = `
:host { all: initial; }
.boxes { position: fixed; inset: 0; z-index: 2147483646; pointer-events: none; overflow: hidden; }
.box { position: absolute; width: 22px; height: 22px; margin: 0; pointer-events: auto;
  accent-color: #000091; cursor: pointer; box-shadow: 0 0 0 3px #fff; border-radius: 3px; }
.box:focus-visible { outline: 3px solid #000091; outline-offset: 3px; }
.bar { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%);
  z-index: 2147483647; display: flex; flex-wrap: wrap; align-items: center; gap: 8px;
  max-width: calc(100vw - 32px); padding: 10px 14px; border-radius: 10px;
  font: 14px/1.4 system-ui, sans-serif; color: #161616; background: #fff;
  box-shadow: 0 4px 24px rgba(0,0,0,.25); border-left: 6px solid #000091; }
.bar[hidden], .boxes[hidden], button[hidden] { display: none; }
strong, p { margin: 0; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #000091;
  background: #fff; color: #000091; cursor: pointer; }
button.primary { background: #000091; color: #fff; }
button:disabled { opacity: .5; cursor: default; }
button:focus-visible { outline: 2px solid #000091; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .bar { color: #eee; background: #1e1e1e; }
  button { background: #1e1e1e; color: #8b8bff; border-color: #8b8bff; }
  button.primary { background: #8b8bff; color: #000; }
}`;

export interface SelectablePost {
  element: Element;
  details: PostDetails;
}

/**
 * The selection mode in the page: a checkbox on each post and a bar with the count, « tout
 * ce qu'a écrit cet auteur », « Capturer la sélection » and « Annuler ». It sits in a closed
 * shadow root, so the page can neither style nor read it. The checkboxes follow the posts in
 * the tab order, also those a feed loads later; one that gets the focus brings its post into
 * view. Escape cancels.
 */
export function createSelectionLayer(
  window: Window,
  posts: readonly SelectablePost[],
  options: {
    labels: SelectionLabels;
    locale: 'fr' | 'en';
    start: SelectablePost;
    onCapture: (selected: Element[]) => void;
  },
) {
  const { labels } = options;
  const document = window.document;
  const plural = new Intl.PluralRules(options.locale);
  let state: 'choosing' | 'capturing' | 'cancelled' = 'choosing';
  let author = options.start.details;

  document.querySelectorAll(`[${HOST_ATTRIBUTE}]`).forEach((old) => old.remove());
  const host = document.createElement('temoin-selection');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [sheet];

  const bar = make(document, 'div', 'bar');
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', labels.title);
  const count = make(document, 'p', '');
  count.setAttribute('role', 'status');
  const sameAuthor = button(document, '', () => selectAuthor());
  const capture = button(document, labels.capture, () => startCapture(), 'primary');
  const cancel = button(document, labels.cancel, () => cancelOrClose());
  bar.append(make(document, 'strong', '', labels.title), count, sameAuthor, capture, cancel);

  const layer = make(document, 'div', 'boxes');
  // Posts a feed loads later get their box too (`add`): both lists stay in the page's order.
  const listed: SelectablePost[] = [];
  const boxes: HTMLInputElement[] = [];
  function addBox(post: SelectablePost): void {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.className = 'box';
    const text = (post.details.text ?? '').replace(/\s+/g, ' ').trim().slice(0, TEXT_IN_LABEL);
    box.setAttribute(
      'aria-label',
      labels.postLabel
        .replace('{author}', authorLabel(post.details) ?? labels.unknownAuthor)
        .replace('{text}', text),
    );
    box.addEventListener('focus', () => {
      post.element.scrollIntoView({ block: 'nearest', behavior: 'instant' });
      place();
    });
    box.addEventListener('change', () => {
      if (box.checked) author = post.details;
      describe();
    });
    // Before the first listed post that comes after it in the page: the tab order follows.
    const at = listed.findIndex(
      (other) =>
        post.element.compareDocumentPosition(other.element) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const index = at === -1 ? listed.length : at;
    layer.insertBefore(box, boxes[index] ?? null);
    listed.splice(index, 0, post);
    boxes.splice(index, 0, box);
  }
  posts.forEach(addBox);
  // The bar comes first: from the first checkbox, Shift+Tab reaches its buttons.
  root.append(bar, layer);
  document.documentElement.append(host);

  let frame = 0;
  function place(): void {
    window.cancelAnimationFrame(frame);
    frame = window.requestAnimationFrame(() => {
      listed.forEach((post, index) => {
        // A post the page removed loses its box, which leaves the tab order with it.
        boxes[index]!.hidden = !post.element.isConnected;
        const box = post.element.getBoundingClientRect();
        boxes[index]!.style.left = `${Math.max(box.left + 6, 0)}px`;
        boxes[index]!.style.top = `${box.top + 6}px`;
      });
    });
  }
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && state !== 'cancelled') cancelOrClose();
  };
  window.addEventListener('scroll', place, { capture: true, passive: true });
  window.addEventListener('resize', place, { passive: true });
  root.addEventListener('keydown', onKey as EventListener);

  function chosen(): number {
    return boxes.filter((box) => box.checked).length;
  }
  function describe(): void {
    const selected = chosen();
    const template = plural.select(selected) === 'one' ? labels.countOne : labels.countOther;
    count.textContent = template
      .replace('{count}', String(selected))
      .replace('{total}', String(listed.length));
    const name = authorLabel(author);
    sameAuthor.hidden = !name || !authorKey(author);
    sameAuthor.textContent = labels.sameAuthor.replace('{author}', name ?? '');
    capture.disabled = selected === 0;
  }
  function selectAuthor(): void {
    const key = authorKey(author);
    listed.forEach((post, index) => {
      if (key && authorKey(post.details) === key) boxes[index]!.checked = true;
    });
    describe();
  }
  function startCapture(): void {
    const selected = listed.filter((_post, index) => boxes[index]!.checked);
    if (selected.length === 0) return;
    state = 'capturing';
    layer.hidden = true;
    sameAuthor.hidden = true;
    capture.hidden = true;
    cancel.focus();
    options.onCapture(selected.map((post) => post.element));
  }
  function cancelOrClose(): void {
    const wasChoosing = state === 'choosing';
    state = 'cancelled';
    if (wasChoosing) close();
    else count.textContent = '';
  }
  function close(): void {
    window.removeEventListener('scroll', place, { capture: true });
    window.removeEventListener('resize', place);
    host.remove();
  }

  describe();
  place();
  boxes[listed.indexOf(options.start)]?.focus({ preventScroll: true });

  return {
    get state() {
      return state;
    },
    /** Posts the page loaded since: each gets its box in the page's order. */
    add(more: readonly SelectablePost[]): void {
      if (more.length === 0) return;
      more.forEach(addBox);
      describe();
      place();
    },
    showProgress(text: string): void {
      count.textContent = text;
      bar.hidden = false;
    },
    /** Out of the screenshot. */
    hide(): void {
      bar.hidden = true;
    },
    /** The end: what happened, with only a button to close. */
    finish(title: string, detail: string): void {
      state = 'cancelled';
      bar.replaceChildren(
        make(document, 'strong', '', title),
        make(document, 'p', '', detail),
        button(document, labels.close, close),
      );
      bar.hidden = false;
      bar.querySelector('button')?.focus();
    },
  };
}

function make(document: Document, name: string, className: string, text = ''): HTMLElement {
  const created = document.createElement(name);
  if (className) created.className = className;
  created.textContent = text;
  return created;
}

function button(
  document: Document,
  label: string,
  onClick: () => void,
  className = '',
): HTMLButtonElement {
  const created = document.createElement('button');
  created.type = 'button';
  created.textContent = label;
  if (className) created.className = className;
  created.addEventListener('click', onClick);
  return created;
}
