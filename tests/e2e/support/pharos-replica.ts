import type { BrowserContext, Request } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const PHAROS_URL = 'https://www.internet-signalement.gouv.fr/PharosS1/';
const REPLICAS = path.resolve('tests/fixtures/pharos');

/**
 * Serves a local replica of the PHAROS form at its real address. Every request that would
 * send the form (a POST, or a GET to the validation step) is answered locally and recorded,
 * so a test can prove nothing was ever submitted.
 */
export async function servePharosReplica(
  context: BrowserContext,
  variant: 'a' | 'b' | 'spa' | 'long' | 'wording' | 'traps',
  /** Rewrites a page before serving it: a test can word a field so no pattern knows it. */
  reword: (html: string) => string = (html) => html,
) {
  const submissions: Request[] = [];
  await context.route('https://www.internet-signalement.gouv.fr/**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (request.method() !== 'GET' || url.pathname.includes('valider')) {
      submissions.push(request);
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Envoyé</p>' });
      return;
    }
    const name = url.pathname.replace(/^\/PharosS1\/?/, '') || 'index.html';
    const file = path.join(REPLICAS, variant, path.basename(name));
    if (!existsSync(file)) {
      await route.fulfill({ status: 404, body: 'Not in the replica' });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: reword(readFileSync(file, 'utf8')),
    });
  });
  return { submissions };
}
