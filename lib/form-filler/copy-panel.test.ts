// @vitest-environment happy-dom
import { COPY_PANEL_TAG, copyPanelRoot, showCopyPanel, type PanelEntry } from './copy-panel';

const ENTRIES: PanelEntry[] = [
  { key: 'url', state: 'filled', text: 'https://exemple.invalid/1' },
  { key: 'isVictim', state: 'earlier', text: 'Non' },
  { key: 'email', state: 'unplaced', text: 'c@exemple.invalid' },
  { key: 'lastName', state: 'kept', text: 'Martin' },
  { key: 'description', state: 'truncated', text: 'Un texte complet, plus long que le champ.' },
];

function root(): ShadowRoot {
  return copyPanelRoot(document.querySelector(COPY_PANEL_TAG)!)!;
}

function item(key: string): HTMLElement {
  return root().querySelector(`li[data-key="${key}"]`)!;
}

describe('showCopyPanel', () => {
  beforeEach(() => {
    document.body.innerHTML = '<form><input name="q"></form>';
    document.querySelectorAll(COPY_PANEL_TAG).forEach((host) => host.remove());
  });

  it('lives in a closed shadow root outside any form', () => {
    showCopyPanel(document, 'fr').update(ENTRIES);
    const host = document.querySelector(COPY_PANEL_TAG)!;
    expect(host.shadowRoot).toBeNull();
    expect(host.closest('form, body')).toBeNull();
    expect(root().querySelectorAll('li')).toHaveLength(ENTRIES.length);
  });

  it.each([
    ['url', 'Adresse (URL) du contenu', 'Rempli sur cette page'],
    ['isVictim', 'Êtes-vous la victime ?', 'Rempli à une étape précédente'],
    ['email', 'Courriel', 'Pas placé : à copier à la main'],
    ['lastName', 'Nom', 'Votre saisie est conservée'],
    ['description', 'Commentaire', 'Raccourci par le formulaire : copiez le texte complet'],
  ])('shows %s with its French name and state', (key, name, state) => {
    showCopyPanel(document, 'fr').update(ENTRIES);
    expect(item(key).querySelector('.field')!.textContent).toBe(name);
    expect(item(key).querySelector('.state')!.textContent).toBe(state);
    expect(item(key).querySelector('button')!.getAttribute('aria-label')).toBe(
      `Copier « ${name} »`,
    );
  });

  it('speaks English when the plan does', () => {
    showCopyPanel(document, 'en').update(ENTRIES);
    expect(root().textContent).toContain(
      'Témoin never sends the form: check every field, then send it yourself.',
    );
    expect(item('email').querySelector('.state')!.textContent).toBe('Not placed: copy it by hand');
  });

  it('copies the full text and announces it', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    showCopyPanel(document, 'fr').update(ENTRIES);
    item('description').querySelector('button')!.click();
    await vi.waitFor(() =>
      expect(root().querySelector('[role="status"]')!.textContent).toContain('Copié'),
    );
    expect(writeText).toHaveBeenCalledWith(ENTRIES[4]!.text);
  });

  it('falls back to a selected textarea when the clipboard refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    showCopyPanel(document, 'fr').update(ENTRIES);
    item('email').querySelector('button')!.click();
    await vi.waitFor(() => expect(execCommand).toHaveBeenCalledWith('copy'));
    expect(root().querySelector('textarea')).toBeNull();
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('collapses and expands from the keyboard, and closes', () => {
    const panel = showCopyPanel(document, 'fr');
    panel.update(ENTRIES);
    const [collapse, close] = Array.from(
      root().querySelectorAll<HTMLButtonElement>('header button'),
    );
    collapse!.click();
    expect(collapse!.getAttribute('aria-expanded')).toBe('false');
    expect(root().getElementById('body')!.hidden).toBe(true);
    collapse!.click();
    expect(collapse!.getAttribute('aria-expanded')).toBe('true');
    root()
      .querySelector('aside')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(root().getElementById('body')!.hidden).toBe(true);
    expect(close!.getAttribute('aria-label')).toBe('Fermer le panneau Témoin');
    close!.click();
    expect(document.querySelector(COPY_PANEL_TAG)).toBeNull();
  });
});
