// @vitest-environment happy-dom
import { COPY_PANEL_TAG, copyPanelRoot, showCopyPanel, type PanelEntry } from './copy-panel';

const ENTRIES: PanelEntry[] = [
  {
    key: 'url',
    state: 'filled',
    text: 'https://exemple.invalid/1',
    fields: ['Adresse URL du contenu'],
  },
  { key: 'isVictim', state: 'earlier', text: 'Non', fields: ['Êtes-vous la personne visée ?'] },
  { key: 'email', state: 'unplaced', text: 'c@exemple.invalid', fields: [] },
  { key: 'isMinor', state: 'unanswerable', text: 'Je ne sais pas', fields: ['Mineur ?'] },
  { key: 'lastName', state: 'kept', text: 'Martin', fields: ['Nom de naissance'] },
  {
    key: 'description',
    state: 'truncated',
    text: 'Un texte complet, plus long que le champ.',
    fields: ['Précisez les faits'],
  },
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
    document.documentElement.removeAttribute('style');
    document.querySelectorAll(COPY_PANEL_TAG).forEach((host) => host.remove());
  });

  it('lives in a closed shadow root outside any form', () => {
    showCopyPanel(document, 'fr').update(ENTRIES, true);
    const host = document.querySelector(COPY_PANEL_TAG)!;
    expect(host.shadowRoot).toBeNull();
    expect(host.closest('form, body')).toBeNull();
    expect(root().querySelectorAll('li')).toHaveLength(ENTRIES.length);
  });

  it.each([
    ['url', 'Adresse (URL) du contenu', 'Placé dans « Adresse URL du contenu »'],
    [
      'isVictim',
      'Êtes-vous la victime ?',
      'Placé à une étape précédente, dans « Êtes-vous la personne visée ? »',
    ],
    ['email', 'Courriel', 'Pas placé : à copier à la main là où le formulaire le demande'],
    [
      'isMinor',
      'Un mineur est-il concerné ?',
      '« Mineur ? » ne propose pas cette réponse : à reporter à la main',
    ],
    ['lastName', 'Nom', 'Votre saisie est conservée dans « Nom de naissance »'],
    [
      'description',
      'Commentaire',
      'Raccourci par « Précisez les faits » : copiez le texte complet',
    ],
  ])('shows %s with its name and where it went, in the form’s words', (key, name, state) => {
    showCopyPanel(document, 'fr').update(ENTRIES, true);
    expect(item(key).querySelector('.field')!.textContent).toBe(name);
    expect(item(key).querySelector('.state')!.textContent).toBe(state);
    expect(item(key).querySelector('button')!.getAttribute('aria-label')).toBe(
      `Copier « ${name} »`,
    );
  });

  it('names every field a value went to', () => {
    const email = { ...ENTRIES[2]!, state: 'filled' as const, fields: ['Courriel', 'Confirmez'] };
    showCopyPanel(document, 'fr').update([email], true);
    expect(item('email').querySelector('.state')!.textContent).toBe(
      'Placé dans « Courriel » et « Confirmez »',
    );
  });

  it('says nothing is missing before the form shows', () => {
    const panel = showCopyPanel(document, 'fr');
    panel.update([{ ...ENTRIES[2]!, state: 'waiting' }], false);
    expect(root().querySelector('.waiting')!.hasAttribute('hidden')).toBe(false);
    expect(item('email').querySelector('.state')!.textContent).toBe(
      'À placer quand le formulaire le demandera',
    );
    panel.update(ENTRIES, true);
    expect(root().querySelector('.waiting')!.hasAttribute('hidden')).toBe(true);
  });

  it('speaks English when the plan does', () => {
    showCopyPanel(document, 'en').update(ENTRIES, true);
    expect(root().textContent).toContain(
      'Témoin never sends the form: check every field, then send it yourself.',
    );
    expect(item('url').querySelector('.state')!.textContent).toBe(
      'Placed in “Adresse URL du contenu”',
    );
  });

  it('copies the full text and announces it', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    showCopyPanel(document, 'fr').update(ENTRIES, true);
    item('description').querySelector('button')!.click();
    await vi.waitFor(() =>
      expect(root().querySelector('[role="status"]')!.textContent).toContain('Copié'),
    );
    expect(writeText).toHaveBeenCalledWith(ENTRIES[5]!.text);
  });

  it('falls back to a selected textarea when the clipboard refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
    showCopyPanel(document, 'fr').update(ENTRIES, true);
    item('email').querySelector('button')!.click();
    await vi.waitFor(() => expect(execCommand).toHaveBeenCalledWith('copy'));
    expect(root().querySelector('textarea')).toBeNull();
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('docks beside the page, narrowing it, and gives its width back when it goes', () => {
    document.documentElement.style.marginRight = '3px';
    const panel = showCopyPanel(document, 'fr');
    expect(document.documentElement.style.marginRight).toBe('340px');
    panel.remove();
    expect(document.documentElement.style.marginRight).toBe('3px');
  });

  it('folds to a small tab from the keyboard, remembers the choice, and closes', () => {
    const folds: boolean[] = [];
    const panel = showCopyPanel(document, 'fr', { onFold: (folded) => folds.push(folded) });
    panel.update(ENTRIES, true);
    const [fold, close] = Array.from(root().querySelectorAll<HTMLButtonElement>('header button'));
    const tab = root().querySelector<HTMLButtonElement>('.tab')!;
    fold!.click();
    expect(root().querySelector('aside')!.hidden).toBe(true);
    expect(tab.hidden).toBe(false);
    expect(root().activeElement).toBe(tab);
    expect(document.documentElement.style.marginRight).toBe('40px');
    tab.click();
    expect(root().querySelector('aside')!.hidden).toBe(false);
    root()
      .querySelector('aside')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(folds).toEqual([true, false, true]);
    expect(close!.getAttribute('aria-label')).toBe('Fermer le panneau Témoin');
    close!.click();
    expect(document.querySelector(COPY_PANEL_TAG)).toBeNull();
    expect(document.documentElement.style.marginRight).toBe('');
  });

  it('starts folded when the person last left it so', () => {
    showCopyPanel(document, 'fr', { folded: true }).update(ENTRIES, true);
    expect(root().querySelector('aside')!.hidden).toBe(true);
    expect(root().querySelector<HTMLButtonElement>('.tab')!.hidden).toBe(false);
  });
});
