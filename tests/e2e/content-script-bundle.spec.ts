import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { SUPPORTED_SITES } from '../../lib/sites/supported-sites';
import { EXTENSION_DIR } from './support/extension-test';

/** The page agents: one per supported site, and one for the rest of the web. */
const AGENTS = [...SUPPORTED_SITES.map((site) => site.id), 'web'];

/**
 * The most each script the extension runs in web pages may weigh, in bytes, minified and
 * gzipped. The right-click recorder loads into every frame of the supported sites before the
 * person does anything: 3 KB gzipped at most (about 0.5 KB today). A platform's page agent is
 * injected into the clicked frame once a capture starts, with that platform's extractor only
 * (58 to 61 kB, 19 to 20 kB gzipped today).
 */
const BUDGETS: Record<string, { bytes: number; gzipBytes: number }> = {
  'right-click-recorder.js': { bytes: 4_000, gzipBytes: 3 * 1024 },
  ...Object.fromEntries(
    AGENTS.map((agent) => [`page-agent-${agent}.js`, { bytes: 75_000, gzipBytes: 24_000 }]),
  ),
};

/** Strings only the evidence store's code holds: Dexie's own names and the database's. */
const STORE_MARKERS = ['Dexie', 'DatabaseClosedError', 'temoin-evidence'];

const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  content_scripts?: Array<{ js?: string[] }>;
};
const declared = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);

test('the manifest declares only the right-click recorder, and every page script has a budget', () => {
  expect(declared).toEqual(['right-click-recorder.js']);
  expect(Object.keys(BUDGETS)).toEqual(expect.arrayContaining(declared));
});

for (const [bundle, budget] of Object.entries(BUDGETS)) {
  test(`${bundle} stays within its budget and carries no store`, () => {
    const code = readFileSync(path.join(EXTENSION_DIR, bundle));
    expect(code.length).toBeLessThanOrEqual(budget.bytes);
    expect(gzipSync(code).length).toBeLessThanOrEqual(budget.gzipBytes);
    for (const marker of STORE_MARKERS) expect(code.toString('utf8')).not.toContain(marker);
  });
}
