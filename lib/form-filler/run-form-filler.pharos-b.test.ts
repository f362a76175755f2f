// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import { startFormFiller, type FormFiller } from './run-form-filler';
import { watchForbiddenActions, type ForbiddenActions } from './testing/forbidden-actions';
import { loadPharosPage, PHAROS_PAGES, submissionsOf } from './testing/load-pharos-page';
import { pageValues, panelState, type Expected } from './testing/page-values';
import { DESCRIPTION, FULL_PLAN } from './testing/sample-plan';

const SETTLE_MS = 5;

/** What each step of variant B must show once filled: other ids, names and order than A. */
const STEPS: Expected[] = [
  { '[name="x01"][value="n"]': true, '[name="x01"][value="y"]': false, '[value="k2"]': true },
  {
    '[name="x10"]': 'https://social.exemple.invalid/@compte/123',
    '[name="x11"]': DESCRIPTION,
    '#x-where': 'w2',
    '#x-d2': '2026-11-21',
    '#x-t2': '08:05',
    '[name="x15"]': '2026-11-20',
    '[name="x16"]': '21:45',
  },
  {
    '[name="x20"]': 'camille.martin@exemple.invalid',
    '#x-fn': 'Camille',
    '#x-ln': 'Martin',
    '#x-phone': '',
    '#x-check': '',
    '[name="x25"]': false,
  },
];

function pressNext(actions: ForbiddenActions, step: number): void {
  const button = document.querySelector<HTMLButtonElement>(`[data-step="${step}"] .next`)!;
  actions.asPerson(() => button.click());
}

describe('the form filler on variant B (one page, steps shown by script)', () => {
  let filler: FormFiller | undefined;
  let actions: ForbiddenActions;
  beforeEach(() => {
    sessionStorage.clear();
    loadPharosPage(document, PHAROS_PAGES.b);
    actions = watchForbiddenActions(document);
  });
  afterEach(() => {
    filler?.stop();
    actions.stop();
  });

  it('fills each step as the person moves on, and submits nothing', async () => {
    filler = startFormFiller({ document, plan: FULL_PLAN, settleMs: SETTLE_MS });
    expect(pageValues(document, STEPS[0]!)).toEqual(STEPS[0]);
    expect(panelState(document, 'url')).toBe('unplaced');
    for (const [index, expected] of STEPS.entries()) {
      if (index > 0) pressNext(actions, index);
      await vi.waitFor(() => expect(pageValues(document, expected)).toEqual(expected));
    }
    pressNext(actions, 3);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 10));
    expect(actions.seen()).toEqual([]);
    expect(submissionsOf(window)).toEqual([]);
    expect(sessionStorage.getItem('pharos-fixture-b-submissions')).toBeNull();
  });

  it('says the values of a step left behind were filled on an earlier step', async () => {
    filler = startFormFiller({ document, plan: FULL_PLAN, settleMs: SETTLE_MS });
    pressNext(actions, 1);
    await vi.waitFor(() => expect(panelState(document, 'url')).toBe('filled'));
    expect(panelState(document, 'isVictim')).toBe('earlier');
    expect(filler.status().find((entry) => entry.key === 'category')!.state).toBe('earlier');
  });

  it('keeps an answer the person gave before the filler came', () => {
    document.querySelector<HTMLInputElement>('[name="x01"][value="y"]')!.click();
    filler = startFormFiller({ document, plan: FULL_PLAN, settleMs: SETTLE_MS });
    expect(pageValues(document, { '[name="x01"][value="y"]': true })).toEqual({
      '[name="x01"][value="y"]': true,
    });
    expect(panelState(document, 'isVictim')).toBe('kept');
  });

  it('never writes again in a field the person changed after it was filled', async () => {
    filler = startFormFiller({ document, plan: FULL_PLAN, settleMs: SETTLE_MS });
    pressNext(actions, 1);
    const comment = document.querySelector<HTMLTextAreaElement>('[name="x11"]')!;
    await vi.waitFor(() => expect(comment.value).toBe(DESCRIPTION));
    comment.value = 'Ma propre description';
    pressNext(actions, 2);
    await vi.waitFor(() => expect(panelState(document, 'email')).toBe('filled'));
    expect(comment.value).toBe('Ma propre description');
  });
});
