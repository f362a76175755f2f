// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { COPY_PANEL_TAG, copyPanelRoot } from './copy-panel';
import type { PlacedValue } from '../messaging/fill-plan';
import { highlightedElements } from './highlight';
import { startFormFiller, type FormFiller } from './run-form-filler';
import { watchForbiddenActions } from './testing/forbidden-actions';
import { loadPharosPage, PHAROS_PAGES } from './testing/load-pharos-page';
import { panelState, panelWords } from './testing/page-values';
import { FULL_PLAN, FULL_VALUES, planOf } from './testing/sample-plan';

const SETTLE_MS = 5;

function field<T extends HTMLElement = HTMLInputElement>(selector: string): T {
  return document.querySelector<T>(selector)!;
}

describe('startFormFiller', () => {
  let filler: FormFiller | undefined;
  beforeEach(() => {
    sessionStorage.clear();
    loadPharosPage(document, PHAROS_PAGES.aStep2);
  });
  afterEach(() => filler?.stop());

  it('sends input and change from every field it fills', () => {
    const events: string[] = [];
    for (const type of ['input', 'change']) {
      document.addEventListener(type, (event) =>
        events.push(`${(event.target as Element).id}:${type}`),
      );
    }
    filler = startFormFiller({ document, plan: FULL_PLAN });
    for (const id of [
      'dateFaits',
      'heureFaits',
      'dateConstat',
      'heureConstat',
      'url',
      'commentaire',
    ]) {
      expect(events).toEqual(expect.arrayContaining([`${id}:input`, `${id}:change`]));
    }
    expect(events).toEqual(expect.arrayContaining(['support-2:change']));
  });

  it('cuts a description to the field’s limit, and offers the full text to copy', async () => {
    const long = 'Menace. '.repeat(400);
    const values = FULL_VALUES.map((value) =>
      value.key === 'description' ? { ...value, value: long } : value,
    );
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    filler = startFormFiller({ document, plan: planOf(values) });
    expect(field<HTMLTextAreaElement>('#commentaire').value).toBe(long.slice(0, 3000));
    expect(panelState(document, 'description')).toBe('truncated');
    const root = copyPanelRoot(document.querySelector(COPY_PANEL_TAG)!)!;
    root.querySelector<HTMLButtonElement>('li[data-key="description"] button')!.click();
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(long));
  });

  it('keeps what the person typed before it came', () => {
    field('#url').value = 'https://autre.exemple.invalid/';
    filler = startFormFiller({ document, plan: FULL_PLAN });
    expect(field('#url').value).toBe('https://autre.exemple.invalid/');
    expect(panelState(document, 'url')).toBe('kept');
    expect(panelWords(document, 'url')).toBe(
      'Votre saisie est conservée dans « Adresse URL du contenu »',
    );
    expect(field('#url').hasAttribute('data-temoin-filled')).toBe(false);
  });

  it('does not place again what an earlier page placed, and says where it went', () => {
    filler = startFormFiller({
      document,
      plan: FULL_PLAN,
      alreadyPlaced: [{ key: 'url', labels: ['Lien'] }],
    });
    expect(field('#url').value).toBe('');
    expect(panelState(document, 'url')).toBe('earlier');
    expect(panelWords(document, 'url')).toBe('Placé à une étape précédente, dans « Lien »');
  });

  it('reports every value placed so far, with the form’s words for where, once per change', () => {
    const reports: PlacedValue[][] = [];
    filler = startFormFiller({
      document,
      plan: FULL_PLAN,
      alreadyPlaced: [{ key: 'category', labels: ['Type de contenu'] }],
      onChange: (placed) => reports.push(placed),
    });
    expect(reports).toEqual([
      [
        { key: 'category', labels: ['Type de contenu'] },
        { key: 'publishedDate', labels: ['Date des faits'] },
        { key: 'publishedTime', labels: ['Heure des faits'] },
        { key: 'observedDate', labels: ['Date de constatation'] },
        { key: 'observedTime', labels: ['Heure de constatation'] },
        { key: 'whereSeen', labels: ['Où avez-vous vu ce contenu ?'] },
        { key: 'url', labels: ['Adresse URL du contenu'] },
        { key: 'description', labels: ['Commentaire'] },
      ],
    ]);
  });

  it('puts this page’s values first in the panel', () => {
    filler = startFormFiller({
      document,
      plan: FULL_PLAN,
      alreadyPlaced: [{ key: 'category', labels: ['Type de contenu'] }],
    });
    const root = copyPanelRoot(document.querySelector(COPY_PANEL_TAG)!)!;
    const states = Array.from(root.querySelectorAll('li'), (line) => line.dataset.state);
    expect(states).toEqual([...Array(7).fill('filled'), ...Array(4).fill('unplaced'), 'earlier']);
  });

  it('says nothing is missing while no step of the form is on screen', () => {
    document.body.innerHTML = '<h1>Signaler un contenu</h1><a href="#">Commencer</a>';
    filler = startFormFiller({ document, plan: FULL_PLAN });
    expect(panelState(document, 'url')).toBe('waiting');
    expect(panelState(document, 'category')).toBe('waiting');
  });

  it('speaks the plan’s language', () => {
    filler = startFormFiller({ document, plan: planOf(FULL_VALUES, 'en') });
    expect(panelWords(document, 'url')).toBe('Placed in “Adresse URL du contenu”');
    expect(panelWords(document, 'email')).toBe(
      'Not placed: copy it by hand where the form asks for it',
    );
  });

  it('stops: no panel, no highlights, no more filling', async () => {
    loadPharosPage(document, PHAROS_PAGES.b);
    filler = startFormFiller({ document, plan: FULL_PLAN, settleMs: SETTLE_MS });
    expect(highlightedElements(document).length).toBeGreaterThan(0);
    filler.stop();
    expect(document.querySelector(COPY_PANEL_TAG)).toBeNull();
    expect(highlightedElements(document)).toEqual([]);
    document.querySelector<HTMLButtonElement>('[data-step="1"] .next')!.click();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 10));
    expect(field('[name="x10"]').value).toBe('');
  });
});

describe('watchForbiddenActions', () => {
  it('catches a click on a button and a submit, so the filler’s tests mean something', () => {
    loadPharosPage(document, PHAROS_PAGES.aStep4);
    const actions = watchForbiddenActions(document);
    document.querySelector<HTMLButtonElement>('#precedent')!.dispatchEvent(new MouseEvent('click'));
    document.querySelector<HTMLFormElement>('form')!.requestSubmit();
    actions.stop();
    expect(actions.seen()).toEqual(['click on <button>', 'submit event', 'form.requestSubmit()']);
  });
});
