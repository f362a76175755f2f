// @vitest-environment happy-dom
import {
  removeConfirmations,
  showConfirmation,
  type ConfirmationRequest,
} from './confirmation-toast';

/** The toast's closed shadow root, kept as the page could not: through attachShadow itself. */
function showWithRoot(request: ConfirmationRequest): ShadowRoot {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  showConfirmation(document, request);
  const root = attach.mock.results[0]!.value as ShadowRoot;
  attach.mockRestore();
  return root;
}

const base: ConfirmationRequest = {
  tone: 'success',
  title: 'Preuve enregistrée',
  detail: 'x.com, 7 déc. 2026',
  closeLabel: 'Fermer',
};

describe('the confirmation toast', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.documentElement.innerHTML = '<head></head><body></body>';
  });
  afterEach(() => vi.useRealTimers());

  it('is a closed shadow root the page cannot read', () => {
    showConfirmation(document, base);
    const host = document.querySelector('[data-temoin-confirmation]')!;
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
  });

  it.each([
    ['success', 'status'],
    ['error', 'alert'],
  ] as const)('announces a %s as a live region, filled once it is in the page', (tone, role) => {
    const root = showWithRoot({ ...base, tone });
    const region = root.querySelector(`[role="${role}"]`)!;
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(0);
    expect(region.textContent).toContain('Preuve enregistrée');
    expect(region.getAttribute('aria-atomic')).toBe('true');
  });

  it.each([
    ['pointed at', 'mouseenter', 'mouseleave'],
    ['focused', 'focusin', 'focusout'],
  ])('stays while %s, and leaves once let go', (_name, hold, letGo) => {
    const root = showWithRoot(base);
    const toast = root.querySelector('.toast')!;
    vi.advanceTimersByTime(1000);
    toast.dispatchEvent(new Event(hold));
    vi.advanceTimersByTime(60_000);
    expect(document.querySelector('[data-temoin-confirmation]')).not.toBeNull();
    toast.dispatchEvent(new Event(letGo));
    vi.advanceTimersByTime(4999);
    expect(document.querySelector('[data-temoin-confirmation]')).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(document.querySelector('[data-temoin-confirmation]')).toBeNull();
  });

  it('leaves on its own after six seconds', () => {
    showConfirmation(document, base);
    vi.advanceTimersByTime(5999);
    expect(removeConfirmations(document)).toBe(true);
    showConfirmation(document, base);
    vi.advanceTimersByTime(6000);
    expect(removeConfirmations(document)).toBe(false);
  });

  it('offers « Voir », which opens the capture and closes the toast', () => {
    const open = vi.fn();
    const root = showWithRoot({ ...base, view: { label: 'Voir', open } });
    vi.advanceTimersByTime(0);
    const view = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Voir')!;
    view.click();
    expect(open).toHaveBeenCalledOnce();
    expect(document.querySelector('[data-temoin-confirmation]')).toBeNull();
  });

  it('says what enabling a recognised site would record, and offers to enable it', () => {
    const enable = vi.fn();
    const root = showWithRoot({
      ...base,
      offer: {
        text: 'Cette page ressemble à Mastodon.',
        preview: 'Activé, il aurait noté : @a@b.exemple.',
        enableLabel: 'Activer sur b.exemple…',
        enable,
      },
    });
    vi.advanceTimersByTime(0);
    expect(root.querySelector('[role="status"]')!.textContent).toContain('@a@b.exemple');
    Array.from(root.querySelectorAll('button'))
      .find((b) => b.textContent === 'Activer sur b.exemple…')!
      .click();
    expect(enable).toHaveBeenCalledOnce();
  });

  it('closes with its button or Escape', () => {
    const root = showWithRoot(base);
    (root.querySelector('button[aria-label="Fermer"]') as HTMLButtonElement).click();
    expect(removeConfirmations(document)).toBe(false);
    const again = showWithRoot(base);
    again.querySelector('.toast')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(removeConfirmations(document)).toBe(false);
  });
});
