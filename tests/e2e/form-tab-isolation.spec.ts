import { expect, test } from './support/extension-test';
import { PHAROS_URL, servePharosReplica } from './support/pharos-replica';
import { answerQuestions, captureReply, openPharos } from './support/report-flow';

const ELSEWHERE = 'https://ailleurs.exemple/';

test('a form tab that leaves the site is no longer filled when it comes back', async ({
  context,
  extensionId,
  page,
  desktop,
}) => {
  await servePharosReplica(context, 'a');
  await context.route(`${ELSEWHERE}**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Ailleurs</h1>' }),
  );
  const { captureId } = await captureReply({ context, extensionId, page, desktop });
  const report = await answerQuestions(context, extensionId, captureId);
  const form = await openPharos(context, report, desktop);
  const category = form.getByLabel('Menaces ou incitation à la violence');
  await expect(category).toBeChecked();

  // The tab goes to another site: the background cannot see its address, and must let go.
  await form.goto(ELSEWHERE);
  await expect(form.getByRole('heading', { name: 'Ailleurs' })).toBeVisible();
  await form.waitForTimeout(1000);
  await form.goto(PHAROS_URL);
  await expect(form.getByRole('radio').first()).toBeVisible();
  await form.waitForTimeout(2000);
  await expect(category).not.toBeChecked();
  await expect(form.getByRole('group', { name: /victime/ }).getByLabel('Non')).not.toBeChecked();
  expect(await form.locator('temoin-form-panel').count()).toBe(0);
});
