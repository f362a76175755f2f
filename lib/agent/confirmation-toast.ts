import { createPausableTimer } from './pausable-timer';
import { TOAST_STYLE } from './toast-style';

const HOST_ATTRIBUTE = 'data-temoin-confirmation';
const VISIBLE_FOR_MS = 6000;
/** An offer to enable the site has more to read. */
const WITH_OFFER_VISIBLE_FOR_MS = 12_000;

export interface ConfirmationRequest {
  tone: 'success' | 'error';
  title: string;
  detail: string;
  closeLabel: string;
  thumbnailDataUrl?: string;
  /** « Voir »: opens the capture. */
  view?: { label: string; open(): void };
  /** On a site recognised by its markup: what enabling it would record, and the button. */
  offer?: { text: string; preview?: string; enableLabel: string; enable(): void };
}

/**
 * Shows a short confirmation in the page, in a closed shadow root the page can neither read
 * nor style. It is announced to screen readers (a live region filled once it is in the page),
 * waits while pointed at or focused, and is removed before any screenshot.
 */
export function showConfirmation(document: Document, request: ConfirmationRequest): boolean {
  const window = document.defaultView;
  if (!window) return false;
  removeConfirmations(document);
  // A plain element: a custom element's name could be defined, and run, by the page.
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TOAST_STYLE);
  root.adoptedStyleSheets = [sheet];

  const toast = element(document, 'div', `toast ${request.tone}`);
  if (request.thumbnailDataUrl) {
    const image = element(document, 'img');
    image.alt = '';
    image.src = request.thumbnailDataUrl;
    image.addEventListener('error', () => image.remove());
    toast.append(image);
  }
  const announced = element(document, 'div', 'text');
  announced.setAttribute('role', request.tone === 'error' ? 'alert' : 'status');
  announced.setAttribute('aria-atomic', 'true');
  const actions = element(document, 'div', 'actions');
  const close = button(document, '×', 'close', () => host.remove());
  close.setAttribute('aria-label', request.closeLabel);
  toast.append(announced, close);
  root.append(toast);
  document.documentElement.append(host);

  const timer = createPausableTimer(
    window,
    request.offer ? WITH_OFFER_VISIBLE_FOR_MS : VISIBLE_FOR_MS,
    () => host.remove(),
  );
  toast.addEventListener('mouseenter', () => timer.pause('hover'));
  toast.addEventListener('mouseleave', () => timer.resume('hover'));
  toast.addEventListener('focusin', () => timer.pause('focus'));
  toast.addEventListener('focusout', () => timer.resume('focus'));
  toast.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') host.remove();
  });

  // Filled once in the page: screen readers announce a live region's change, not its birth.
  window.setTimeout(() => {
    announced.append(
      text(document, 'strong', request.title),
      text(document, 'span', request.detail),
    );
    if (request.view) {
      const { open } = request.view;
      actions.append(
        button(document, request.view.label, 'action', () => {
          open();
          host.remove();
        }),
      );
      announced.append(actions);
    }
    if (request.offer) announced.append(offerOf(document, request.offer, () => host.remove()));
  }, 0);
  return true;
}

/** Removes any confirmation shown; says whether there was one. */
export function removeConfirmations(document: Document): boolean {
  const hosts = document.querySelectorAll(`[${HOST_ATTRIBUTE}]`);
  hosts.forEach((host) => host.remove());
  return hosts.length > 0;
}

function offerOf(
  document: Document,
  offer: NonNullable<ConfirmationRequest['offer']>,
  dismiss: () => void,
): HTMLElement {
  const section = element(document, 'div', 'offer');
  section.append(text(document, 'span', offer.text));
  if (offer.preview) section.append(text(document, 'span', offer.preview, 'preview'));
  const actions = element(document, 'div', 'actions');
  actions.append(
    button(document, offer.enableLabel, 'action', () => {
      offer.enable();
      dismiss();
    }),
  );
  section.append(actions);
  return section;
}

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  return created;
}

function text(document: Document, tag: 'strong' | 'span', content: string, className?: string) {
  const created = element(document, tag, className);
  created.textContent = content;
  return created;
}

function button(document: Document, label: string, className: string, onClick: () => void) {
  const created = element(document, 'button', className);
  created.type = 'button';
  created.textContent = label;
  created.addEventListener('click', onClick);
  return created;
}
