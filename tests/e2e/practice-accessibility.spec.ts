import type { Page } from '@playwright/test';
import { SCENARIOS } from '../../lib/practice/scenarios';
import { axeViolations } from './support/accessibility';
import { EvidenceReader } from './support/evidence';
import { expect, test } from './support/extension-test';

const PRACTICE_POST = '[data-post="1900000000000000101"] [data-testid="tweetText"]';
const ANSWERS = {
  categoryId: 'threats-or-violence',
  visibility: 'public',
  role: 'witness',
  minorInvolved: 'yes',
  immediateDanger: false,
  scam: false,
};

/** Brings the page to one state of the practice space, given its address maker. */
type Reach = (page: Page, address: (file: string) => string, captureId: string) => Promise<void>;

async function openExercise(page: Page, address: (file: string) => string, captureId: string) {
  await page.goto(address('practice.html'));
  await page.locator(`[data-practice-capture="${captureId}"]`).click();
  const question = (name: string) => page.getByRole('group', { name });
  await question('De quoi s’agit-il ?').getByLabel('Menaces, appel à la violence').check();
  await question('Où le contenu est-il visible ?')
    .getByLabel(/En public/)
    .check();
  await question('Qui êtes-vous ?').getByLabel('Un témoin').check();
  await question('Un mineur est-il concerné ?').getByLabel('Oui').check();
  await question('Quelqu’un est-il en danger immédiat ?').getByLabel('Non').check();
  await question('Est-ce une arnaque (argent demandé, faux site, compte piraté, chantage) ?')
    .getByLabel('Non')
    .check();
  await page.getByRole('button', { name: 'Voir où signaler' }).click();
  await expect(page.locator('[data-guided="route"] [data-channel="pharos"]')).toBeVisible();
  await page.getByRole('button', { name: 'Mode guidé' }).click();
  await expect(page.locator('.guided-tour')).toBeVisible();
}

async function openTrainingForm(page: Page, address: (file: string) => string, id: string) {
  const hash = `capture=${id}&answers=${encodeURIComponent(JSON.stringify(ANSWERS))}`;
  await page.goto(address(`training-form.html#${hash}`));
  await expect(page.getByLabel('Menaces ou incitation à la violence')).toBeChecked();
}

async function answerQuiz(page: Page, address: (file: string) => string) {
  await page.goto(address('practice-quiz.html'));
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Vérifier ma réponse' }).click();
  await expect(page.locator('[data-quiz-verdict]')).toBeVisible();
}

const scene =
  (id: string): Reach =>
  async (page, address) => {
    await page.goto(address(`practice.html?scenario=${id}`));
    await expect(page.locator('#scene [data-practice-address]')).toBeVisible();
  };

/** Every scene of the practice page, each platform's colours in both schemes. */
const SCENES: Array<[name: string, reach: Reach]> = SCENARIOS.map(({ id }) => [
  `practice page, ${id}`,
  scene(id),
]);

/** Every state of every practice page; each is checked as it is and in projector mode. */
const STATES: Array<[name: string, reach: Reach]> = [
  ['practice page, a live chat', scene('raid')],
  ['practice page, an exercise routed, guided mode', openExercise],
  ['training form', openTrainingForm],
  [
    'training form, what would have been sent',
    async (page, address, id) => {
      await openTrainingForm(page, address, id);
      for (let step = 1; step < 4; step += 1)
        await page.getByRole('button', { name: 'Suivant' }).click();
      await page.getByRole('button', { name: 'Envoyer' }).click();
      await expect(page.getByRole('heading', { name: 'Rien n’a été envoyé.' })).toBeVisible();
    },
  ],
  ['quiz, a card answered', answerQuiz],
  [
    'quiz, the score',
    async (page, address) => {
      await page.goto(address('practice-quiz.html'));
      for (let card = 0; card < SCENARIOS.length; card += 1) {
        await page.getByRole('button', { name: 'Vérifier ma réponse' }).click();
        await page.getByRole('button', { name: /Situation suivante|Voir mon score/ }).click();
      }
      await expect(page.locator('[data-quiz-score]')).toBeVisible();
    },
  ],
];

/** Checks one state of a practice page with axe, in light and dark, as is or in projector mode. */
function checker(page: Page, extensionId: string, captureId: string) {
  return (name: string, reach: Reach, projector: boolean) =>
    test.step(name, async () => {
      const address = (file: string) => {
        const url = new URL(`chrome-extension://${extensionId}/${file}`);
        if (projector) url.searchParams.set('projector', '1');
        return url.href;
      };
      // A fresh document each time: an address that differs only by its hash would not reload.
      await page.goto('about:blank');
      await reach(page, address, captureId);
      const violations = await axeViolations(page);
      expect.soft(violations, `${name}:\n${violations.join('\n')}`).toEqual([]);
    });
}

test('every scene of the practice page, light and dark, has no axe violation', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(360_000);
  const check = checker(await context.newPage(), extensionId, '');
  for (const [name, reach] of SCENES) await check(name, reach, false);
});

test('every practice page, in every state, light, dark and projector, has no axe violation', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  test.setTimeout(480_000);
  const practice = await EvidenceReader.open(context, extensionId, 'temoin-practice');
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await page.bringToFront();
  await desktop.rightClick(PRACTICE_POST);
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await practice.captures()).length).toBe(1);
  const [exercise] = await practice.captures();
  const check = checker(await context.newPage(), extensionId, exercise!.id);
  for (const [name, reach] of STATES) await check(name, reach, false);
  for (const [name, reach] of STATES) await check(`${name}, projector`, reach, true);
});
