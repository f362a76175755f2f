const HOST_ATTRIBUTE = 'data-temoin-thread';

const STYLE = `
:host { all: initial; }
.panel { position: fixed; left: 16px; bottom: 16px; z-index: 2147483647; width: 320px;
  padding: 12px 14px; border-radius: 10px; font: 14px/1.4 system-ui, sans-serif;
  color: #161616; background: #fff; box-shadow: 0 4px 24px rgba(0,0,0,.25);
  border-left: 6px solid #000091; }
.panel.shooting { opacity: 0; }
strong, p { display: block; margin: 0 0 8px; }
.note { color: #b34000; }
.note:empty { display: none; }
.buttons { display: flex; gap: 8px; }
button { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid #000091;
  background: #fff; color: #000091; cursor: pointer; }
button:focus-visible { outline: 2px solid #000091; outline-offset: 2px; }
button[hidden] { display: none; }
@media (prefers-color-scheme: dark) {
  .panel { color: #eee; background: #1e1e1e; }
  button { background: #1e1e1e; color: #8b8bff; border-color: #8b8bff; }
}`;

export type OverlayLabels = Record<
  'title' | 'pause' | 'resume' | 'cancel' | 'paused' | 'userScrolled' | 'close',
  string
>;

/** What the person asked for with the overlay's buttons (or by scrolling the page). */
export type ControlState = 'running' | 'paused' | 'user-scrolled' | 'cancelled';

/**
 * The thread capture's progress and controls in the page, in a closed shadow root so the
 * page can neither style nor read it. Pause, resume and cancel change the state at once; the
 * capture reads it before every screen. It is made transparent for each screenshot, not
 * removed: a click meant for « Annuler » while a screen is shot still lands on it, never on the
 * page beneath.
 */
export function createThreadOverlay(document: Document, labels: OverlayLabels) {
  let state: ControlState = 'running';
  const host = document.createElement('temoin-thread');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [sheet];

  const panel = element(document, 'div', 'panel');
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', labels.title);
  const title = element(document, 'strong', '', labels.title);
  const progress = element(document, 'p', '');
  progress.setAttribute('role', 'status');
  const note = element(document, 'p', 'note');
  note.setAttribute('role', 'alert');
  const buttons = element(document, 'div', 'buttons');
  const pause = button(document, labels.pause, () => setState('paused'));
  const resume = button(document, labels.resume, () => setState('running'));
  const cancel = button(document, labels.cancel, () => setState('cancelled'));
  const close = button(document, labels.close, () => host.remove());
  buttons.append(pause, resume, cancel, close);
  panel.append(title, progress, note, buttons);
  root.append(panel);
  document.documentElement.append(host);

  function setState(next: ControlState): void {
    if (state === 'cancelled') return;
    state = next;
    pause.hidden = state !== 'running';
    resume.hidden = state === 'running' || state === 'cancelled';
    cancel.hidden = state === 'cancelled';
    close.hidden = true;
    note.textContent =
      state === 'paused' ? labels.paused : state === 'user-scrolled' ? labels.userScrolled : '';
  }
  setState('running');

  return {
    host,
    get state(): ControlState {
      return state;
    },
    /** The person scrolled the page: the capture pauses until they resume. */
    userScrolled(): void {
      if (state === 'running') setState('user-scrolled');
    },
    showProgress(text: string): void {
      progress.textContent = text;
      panel.classList.remove('shooting');
    },
    hide(): void {
      panel.classList.add('shooting');
    },
    /** The end: what happened, with only a button to close. */
    finish(heading: string, detail: string): void {
      state = 'cancelled';
      title.textContent = heading;
      progress.textContent = detail;
      note.textContent = '';
      for (const control of [pause, resume, cancel]) control.hidden = true;
      close.hidden = false;
      panel.classList.remove('shooting');
      close.focus();
    },
  };
}

export function removeThreadOverlays(document: Document): void {
  document.querySelectorAll(`[${HOST_ATTRIBUTE}]`).forEach((host) => host.remove());
}

function element(document: Document, name: string, className: string, text = ''): HTMLElement {
  const created = document.createElement(name);
  if (className) created.className = className;
  created.textContent = text;
  return created;
}

function button(document: Document, label: string, onClick: () => void): HTMLButtonElement {
  const created = document.createElement('button');
  created.type = 'button';
  created.textContent = label;
  created.addEventListener('click', onClick);
  return created;
}
