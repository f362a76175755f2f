// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":true,"suppressInsecureJavaScriptEnvironmentWarning":true}}
import type { FieldKey, PlacedValue } from '../messaging/fill-plan';
import { startFormFiller, type FormFiller } from './run-form-filler';
import { watchForbiddenActions } from './testing/forbidden-actions';
import { loadPharosPage, PHAROS_PAGES, submissionsOf } from './testing/load-pharos-page';
import { pageValues, panelState, type Expected } from './testing/page-values';
import { DESCRIPTION, FULL_PLAN, FULL_VALUES, planOf } from './testing/sample-plan';

const SETTLE_MS = 5;

const PAGES: [string, Expected, FieldKey[]][] = [
  [
    PHAROS_PAGES.aStep1,
    { '#matiere-3': true, '#matiere-5': false, '#victime-non': true, '#victime-oui': false },
    ['category', 'isVictim'],
  ],
  [
    PHAROS_PAGES.aStep2,
    {
      '#dateFaits': '20/11/2026',
      '#heureFaits': '21:45',
      '#dateConstat': '21/11/2026',
      '#heureConstat': '08:05',
      '#support-2': true,
      '#url': 'https://social.exemple.invalid/@compte/123',
      '#commentaire': DESCRIPTION,
    },
    [
      'publishedDate',
      'publishedTime',
      'observedDate',
      'observedTime',
      'whereSeen',
      'url',
      'description',
    ],
  ],
  [
    PHAROS_PAGES.aStep3,
    {
      '#nom': 'Martin',
      '#prenom': 'Camille',
      '#courriel': 'camille.martin@exemple.invalid',
      '#verif': '',
      '#dateSignalement': '22/11/2026',
    },
    ['lastName', 'firstName', 'email'],
  ],
  [PHAROS_PAGES.aStep4, { '#certification': false }, []],
];

describe('the form filler on variant A (one page per step)', () => {
  let filler: FormFiller | undefined;
  beforeEach(() => sessionStorage.clear());
  afterEach(() => filler?.stop());

  it.each(PAGES)('fills %s with a full plan', (page, expected, keys) => {
    loadPharosPage(document, page);
    filler = startFormFiller({ document, plan: FULL_PLAN, settleMs: SETTLE_MS });
    expect(pageValues(document, expected)).toEqual(expected);
    const filled = filler.status().filter((entry) => entry.state === 'filled');
    expect(filled.map((entry) => entry.key)).toEqual(keys);
  });

  it.each(PAGES)('neither submits nor clicks a button on %s', async (page) => {
    loadPharosPage(document, page);
    const actions = watchForbiddenActions(document);
    filler = startFormFiller({ document, plan: FULL_PLAN, settleMs: SETTLE_MS });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 10));
    actions.stop();
    expect(actions.seen()).toEqual([]);
    expect(submissionsOf(window)).toEqual([]);
  });

  it('carries what earlier pages placed, and says so on the last page', () => {
    let placed: PlacedValue[] = [];
    for (const [page] of PAGES) {
      loadPharosPage(document, page);
      filler = startFormFiller({
        document,
        plan: FULL_PLAN,
        alreadyPlaced: placed,
        onChange: (now) => (placed = now),
        settleMs: SETTLE_MS,
      });
      filler.stop();
    }
    expect(placed.map((value) => value.key).sort()).toEqual(
      FULL_VALUES.map((value) => value.key).sort(),
    );
    expect(placed.find((value) => value.key === 'email')!.labels).toEqual(['Courriel']);
    filler = startFormFiller({ document, plan: FULL_PLAN, alreadyPlaced: placed });
    expect(new Set(filler.status().map((entry) => entry.state))).toEqual(new Set(['earlier']));
    expect(panelState(document, 'description')).toBe('earlier');
  });

  it('ticks the sub-choice the page shows once the category is chosen', async () => {
    const plan = planOf([
      {
        key: 'category',
        kind: 'choice',
        value: 'Incitation à la haine ou à la discrimination',
        choices: ['Incitation à la haine ou à la discrimination'],
      },
      { key: 'subCategory', kind: 'choice', value: 'Haine raciale', choices: ['Haine raciale'] },
    ]);
    loadPharosPage(document, PHAROS_PAGES.aStep1);
    filler = startFormFiller({ document, plan, settleMs: SETTLE_MS });
    expect(pageValues(document, { '#matiere-5': true })).toEqual({ '#matiere-5': true });
    await vi.waitFor(() =>
      expect(document.querySelector<HTMLInputElement>('#precision-5-1')!.checked).toBe(true),
    );
    expect(filler.status().map((entry) => entry.state)).toEqual(['filled', 'filled']);
  });

  it('lists a value with no field on the page as one to copy by hand', async () => {
    const plan = planOf([
      ...FULL_VALUES,
      {
        key: 'subCategory',
        kind: 'choice',
        value: 'Annonce de suicide',
        choices: ['Annonce de suicide'],
      },
    ]);
    loadPharosPage(document, PHAROS_PAGES.aStep1);
    filler = startFormFiller({ document, plan, settleMs: SETTLE_MS });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS * 10));
    expect(filler.status().find((entry) => entry.key === 'subCategory')!.state).toBe('unplaced');
    expect(panelState(document, 'subCategory')).toBe('unplaced');
    expect(panelState(document, 'url')).toBe('unplaced');
    expect(panelState(document, 'category')).toBe('filled');
  });
});
