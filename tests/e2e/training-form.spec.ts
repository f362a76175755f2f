import type { Request } from '@playwright/test';
import { closedShadowText } from './support/closed-shadow';
import { EvidenceReader } from './support/evidence';
import { expect, test } from './support/extension-test';

/** The threat scenario's post, on X, in the practice space, and the answers it calls for. */
const PRACTICE_POST = '[data-post="1900000000000000101"] [data-testid="tweetText"]';
const ANSWERS = {
  categoryId: 'threats-or-violence',
  visibility: 'public',
  role: 'witness',
  minorInvolved: 'yes',
  immediateDanger: false,
  scam: false,
};

test('the training form is filled by the form filler as PHAROS is, and « Envoyer » sends nothing', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  test.setTimeout(120_000);
  const practice = await EvidenceReader.open(context, extensionId, 'temoin-practice');
  await page.goto(`chrome-extension://${extensionId}/practice.html`);
  await page.bringToFront();
  await desktop.rightClick(PRACTICE_POST);
  await desktop.chooseCapture('page');
  await expect.poll(async () => (await practice.captures()).length).toBe(1);
  const [exercise] = await practice.captures();

  // Every request of the browser is seen; any to the network is stopped and kept as a failure.
  const requests: Request[] = [];
  const outward: string[] = [];
  context.on('request', (request) => requests.push(request));
  const own = `chrome-extension://${extensionId}/`;
  await context.route('**/*', (route) => {
    if (route.request().url().startsWith(own)) return route.continue();
    outward.push(`${route.request().method()} ${route.request().url()}`);
    return route.abort();
  });

  const form = await context.newPage();
  const hash = `capture=${exercise!.id}&answers=${encodeURIComponent(JSON.stringify(ANSWERS))}`;
  await form.goto(`chrome-extension://${extensionId}/training-form.html#${hash}`);
  await expect(form.getByRole('heading', { level: 1 })).toHaveText(
    'Formulaire d’entraînement — rien n’est envoyé',
  );

  // Step 1: the category and « not the victim », ticked by the filler.
  await expect(form.getByLabel('Menaces ou incitation à la violence')).toBeChecked();
  await expect(form.getByRole('group', { name: /victime/ }).getByLabel('Non')).toBeChecked();
  expect(await closedShadowText(form)).toContain('Témoin');
  await form.getByRole('button', { name: 'Suivant' }).click();

  // Step 2: when, where, the address and the description composed from the capture.
  await expect(form.locator('#dateFaits')).toHaveValue(/^\d\d\/\d\d\/\d{4}$/);
  await expect(form.locator('#dateConstat')).toHaveValue(/^\d\d\/\d\d\/\d{4}$/);
  await expect(form.getByLabel('Réseau social')).toBeChecked();
  await expect(form.locator('#url')).toHaveValue(
    'https://x.com/bavard_fictif/status/1900000000000000101',
  );
  await expect(form.locator('#commentaire')).toHaveValue(/@bavard_fictif/);
  await form.getByRole('button', { name: 'Suivant' }).click();

  // Step 3: no identity is typed on a classroom's screen; the security code is the person's.
  await expect(form.locator('#nom')).toHaveValue('');
  await expect(form.locator('#verif')).toHaveValue('');
  await form.getByRole('button', { name: 'Suivant' }).click();

  // Step 4: « Je certifie » is the person's too; « Envoyer » shows what would have gone.
  await expect(form.getByLabel(/Je certifie/)).not.toBeChecked();
  await form.getByRole('button', { name: 'Envoyer' }).click();
  await expect(form.getByRole('heading', { name: 'Rien n’a été envoyé.' })).toBeFocused();
  await expect(form.locator('[data-sent="Adresse URL du contenu"] dd')).toHaveText(
    'https://x.com/bavard_fictif/status/1900000000000000101',
  );
  await expect(form.getByText(/champs? obligatoires? (est|sont) vides?/)).toBeVisible();

  // The page itself cannot reach the network, whatever a script in it tries.
  const attempt = await form.evaluate(() =>
    fetch('https://pharos.exemple.invalid/envoi', { method: 'POST', body: 'x' }).then(
      () => 'sent',
      () => 'blocked',
    ),
  );
  expect(attempt).toBe('blocked');
  await form.waitForTimeout(500);
  expect(outward).toEqual([]);
  expect(requests.filter((request) => !request.url().startsWith(own)).map((r) => r.url())).toEqual(
    [],
  );
  expect(requests.filter((request) => request.method() !== 'GET').map((r) => r.url())).toEqual([]);
});
