import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EvidenceReader } from './evidence';
import { Desktop, expect, openFixturePage, test } from './extension-test';
import { PHAROS_URL } from './pharos-replica';

const X_FIXTURE = path.resolve('tests/fixtures/sites/x/home-timeline');
export const X_EXPECTED = JSON.parse(readFileSync(`${X_FIXTURE}.expected.json`, 'utf8')) as {
  url: string;
  posts: Array<{ target: string; expected: Record<string, string> }>;
};
export const REPLY = X_EXPECTED.posts[1]!;

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  page: Page;
  desktop: Desktop;
}

/** Captures the abusive reply on the X fixture through the native menu. */
export async function captureReply(
  fixtures: Fixtures,
): Promise<{ evidence: EvidenceReader; captureId: string; screenshotSha256: string }> {
  const evidence = await openFixturePage(fixtures, X_EXPECTED.url, `${X_FIXTURE}.html`);
  await fixtures.desktop.rightClick(REPLY.target);
  await fixtures.desktop.chooseCapture('page');
  await expect.poll(async () => (await evidence.captures()).length).toBe(1);
  const [capture] = await evidence.captures();
  const screenshot = capture!.metadata.files.find((file) => file.role === 'page-screenshot')!;
  return { evidence, captureId: capture!.id, screenshotSha256: screenshot.sha256 };
}

/** Saves the reporter's identity in the settings and allows its use in forms. */
export async function saveIdentity(
  context: BrowserContext,
  extensionId: string,
  identity: { lastName: string; firstName: string; email: string },
) {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByLabel('Nom', { exact: true }).fill(identity.lastName);
  await settings.getByLabel('Prénom').fill(identity.firstName);
  await settings.getByLabel('Adresse électronique').fill(identity.email);
  await settings.getByLabel(/Les utiliser/).check();
  await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
  await settings.close();
}

/** The answers of the report page's questions, by their visible words. */
export interface FlowAnswers {
  role: 'Un témoin' | 'La personne visée' | 'Le parent ou représentant légal de la personne visée';
  minor: 'Oui' | 'Non' | 'Je ne sais pas';
}

export const WITNESS: FlowAnswers = { role: 'Un témoin', minor: 'Non' };

/** From the capture's detail in the popup, as a person: « Signaler… » opens the report page. */
export async function openReport(context: BrowserContext, extensionId: string, captureId: string) {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html#capture=${captureId}`);
  const [report] = await Promise.all([
    context.waitForEvent('page'),
    popup.getByRole('button', { name: 'Signaler…' }).click(),
  ]);
  await report.waitForLoadState();
  await expect(report.getByRole('heading', { name: 'Signaler avec Témoin' })).toBeVisible();
  await expect(report.locator('[data-capture]')).toContainText('@raleur_fictif');
  return report;
}

/** Then the guided questions, answered by their visible words. */
export async function answerQuestions(
  context: BrowserContext,
  extensionId: string,
  captureId: string,
  answers: FlowAnswers = WITNESS,
) {
  const report = await openReport(context, extensionId, captureId);
  const question = (name: string | RegExp) => report.getByRole('group', { name });
  await question('De quoi s’agit-il ?').getByLabel('Menaces, appel à la violence').check();
  await question('Où le contenu est-il visible ?')
    .getByLabel(/En public/)
    .check();
  await question('Qui êtes-vous ?').getByLabel(answers.role, { exact: true }).check();
  await question('Un mineur est-il concerné ?').getByLabel(answers.minor).check();
  await question('Quelqu’un est-il en danger immédiat ?').getByLabel('Non').check();
  await question(/Est-ce une arnaque/)
    .getByLabel('Non')
    .check();
  await report.getByRole('button', { name: 'Voir où signaler' }).click();
  await expect(report.locator('[data-channel="pharos"]')).toBeVisible();
  return report;
}

/** Opens PHAROS from the flow, accepting Chrome's real permission prompt by keyboard. */
export async function openPharos(
  context: BrowserContext,
  report: Page,
  desktop: Desktop,
): Promise<Page> {
  const opened = context.waitForEvent('page');
  await report.bringToFront();
  await report.getByRole('button', { name: 'Ouvrir PHAROS et pré-remplir' }).click();
  // The prompt's focus starts on « Refuser »: Tab moves to « Autoriser ».
  await report.waitForTimeout(800);
  desktop.screenshot(test.info().outputPath('permission-prompt.png'));
  await desktop.press('Tab', 'Return');
  const form = await opened;
  await form.waitForURL(`${PHAROS_URL}**`);
  return form;
}
