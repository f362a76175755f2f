// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { formatDateTime, translator } from '../lib/i18n/translate';
import { NotesAndTags } from './NotesAndTags';

const t = translator('fr');

function mount(overrides: Partial<Parameters<typeof NotesAndTags>[0]> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const calls = { notes: [] as string[], tags: [] as string[][] };
  const props = {
    captureId: 'c1',
    notes: [{ at: '2026-11-22T08:00:00.000Z', text: 'Première note' }],
    tags: ['Luna'],
    t,
    locale: 'fr' as const,
    onAddNote: async (text: string) => void calls.notes.push(text),
    onSetTags: async (tags: string[]) => void calls.tags.push(tags),
    ...overrides,
  };
  act(() => render(<NotesAndTags {...props} />, root));
  return { root, calls };
}

const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve)));

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('NotesAndTags', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it('lists the notes in order, each at its time in local time', () => {
    const notes = [
      { at: '2026-11-22T08:00:00.000Z', text: 'Première' },
      { at: '2026-11-23T21:30:00.000Z', text: 'Correction' },
    ];
    const { root } = mount({ notes });
    const items = [...root.querySelectorAll('ol.notes li')];
    expect(items.map((item) => item.querySelector('.note-text')?.textContent)).toEqual([
      'Première',
      'Correction',
    ]);
    expect(items.map((item) => item.querySelector('time')?.textContent)).toEqual(
      notes.map((note) => formatDateTime(note.at, 'fr')),
    );
    expect(root.querySelector('textarea')?.labels?.[0]?.textContent).toBe('Nouvelle note');
    expect(root.textContent).toContain('ne peut plus être modifiée ni effacée');
  });

  it('offers the tags used elsewhere', () => {
    const { root } = mount({ knownTags: ['menaces', 'doxxing'] });
    const input = root.querySelector<HTMLInputElement>('input[type="text"]')!;
    const list = root.querySelector(`datalist#${input.getAttribute('list')}`);
    expect([...list!.querySelectorAll('option')].map((option) => option.value)).toEqual([
      'menaces',
      'doxxing',
    ]);
  });

  it('says a tag is too long instead of sending it, and keeps what was typed', async () => {
    const { root, calls } = mount();
    const input = root.querySelector<HTMLInputElement>('input[type="text"]')!;
    const long = 'x'.repeat(81);
    type(input, long);
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: ',', bubbles: true }));
    });
    await flush();
    expect(calls.tags).toEqual([]);
    expect(input.value).toBe(long);
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      t('tags.tooLong', { max: 80, tag: long }),
    );
  });

  it('lists the notes and tags, with a labelled remove button per tag', () => {
    const { root } = mount();
    expect(root.querySelector('.note-text')?.textContent).toBe('Première note');
    expect(root.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-22T08:00:00.000Z');
    expect(root.querySelector('[aria-label="Retirer l’étiquette Luna"]')).not.toBeNull();
  });

  it('adds a note only when something is typed, with Ctrl+Enter, and empties the box', async () => {
    const { root, calls } = mount();
    const box = root.querySelector('textarea')!;
    const add = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Ajouter la note',
    )!;
    expect(add.disabled).toBe(true);
    type(box, '  Deuxième note  ');
    expect(add.disabled).toBe(false);
    act(() => {
      box.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
      );
    });
    await flush();
    expect(calls.notes).toEqual(['Deuxième note']);
    expect(box.value).toBe('');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Note ajoutée au journal.');
  });

  it('keeps the text and says the disk is full when saving fails for want of space', async () => {
    const { root } = mount({
      onAddNote: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    });
    const box = root.querySelector('textarea')!;
    type(box, 'Ne pas perdre');
    act(() => {
      box.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
      );
    });
    await flush();
    expect(box.value).toBe('Ne pas perdre');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(t('library.storageFull'));
  });

  it('adds typed tags once each, ignoring case, on Enter; removes one with its button', async () => {
    const { root, calls } = mount();
    const input = root.querySelector<HTMLInputElement>('input[type="text"]')!;
    type(input, 'luna, menaces, Menaces');
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await flush();
    expect(calls.tags).toEqual([['Luna', 'menaces']]);
    act(() => root.querySelector<HTMLButtonElement>('.tag-remove')!.click());
    await flush();
    expect(calls.tags.at(-1)).toEqual([]);
  });
});
