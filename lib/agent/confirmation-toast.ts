const HOST_ATTRIBUTE = 'data-temoin-confirmation';
const VISIBLE_FOR_MS = 4000;

const STYLE = `
:host { all: initial; }
.toast { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; display: flex;
  gap: 12px; align-items: center; max-width: 360px; padding: 12px 14px; border-radius: 10px;
  font: 14px/1.4 system-ui, sans-serif; color: #161616; background: #fff;
  box-shadow: 0 4px 24px rgba(0,0,0,.25); border-left: 6px solid #18753c; }
.toast.error { border-left-color: #ce0500; }
img { width: 64px; height: 48px; object-fit: cover; border-radius: 4px; border: 1px solid #ddd; }
strong { display: block; }
button { all: unset; cursor: pointer; padding: 2px 6px; font-size: 18px; color: #555; }
button:focus-visible { outline: 2px solid #000091; }
@media (prefers-color-scheme: dark) {
  .toast { color: #eee; background: #1e1e1e; }
  button { color: #bbb; }
}`;

export interface ConfirmationRequest {
  tone: 'success' | 'error';
  title: string;
  detail: string;
  closeLabel: string;
  thumbnailDataUrl?: string;
}

/**
 * Shows a short confirmation in the page, in a shadow root so the page's styles cannot reach
 * it. It is announced to screen readers and removed before any screenshot.
 */
export function showConfirmation(document: Document, request: ConfirmationRequest): boolean {
  removeConfirmations(document);
  const host = document.createElement('temoin-confirmation');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [sheet];

  const toast = document.createElement('div');
  toast.className = `toast ${request.tone}`;
  toast.setAttribute('role', request.tone === 'error' ? 'alert' : 'status');
  if (request.thumbnailDataUrl) {
    const image = document.createElement('img');
    image.alt = '';
    image.src = request.thumbnailDataUrl;
    image.addEventListener('error', () => image.remove());
    toast.append(image);
  }
  const text = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = request.title;
  const detail = document.createElement('span');
  detail.textContent = request.detail;
  text.append(title, detail);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', request.closeLabel);
  close.addEventListener('click', () => host.remove());
  toast.append(text, close);
  root.append(toast);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), VISIBLE_FOR_MS);
  return true;
}

/** Removes any confirmation shown; says whether there was one. */
export function removeConfirmations(document: Document): boolean {
  const hosts = document.querySelectorAll(`[${HOST_ATTRIBUTE}]`);
  hosts.forEach((host) => host.remove());
  return hosts.length > 0;
}
