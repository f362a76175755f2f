import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAuthorityServer, type RunningAuthority } from '../../tests/tsa/authority-server';
import { opensslSucceeds } from '../../tests/tsa/openssl';
import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { openEvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import { verifyBundle } from '../import/verify-bundle';
import { askSeal } from '../seal/ask-seal';
import type { SealAuthority } from '../seal/seal-authority';
import { queueSeal } from '../seal/seal-queue';
import { localTimestampTools } from '../seal/timestamp-tools';
import { createSealRunner } from '../seal/seal-runner';
import { buildBundle } from './build-bundle';
import { exportedCaptureSchema } from './bundle-format';

/**
 * A bundle with a sealed capture and a sealed export stands without Témoin: OpenSSL verifies
 * both kinds of seal with the README's commands and the bundle's chain.pem, and refuses them
 * after one changed byte; Témoin's own check accepts the bundle.
 */
let server: RunningAuthority;
beforeAll(async () => {
  server = await startAuthorityServer();
}, 120_000);
afterAll(() => server.close());

it('holds seals that openssl ts -verify accepts, and refuses after one changed byte', async () => {
  const database = openEvidenceDatabase(`sealed-${crypto.randomUUID()}`);
  const authority: SealAuthority = {
    id: 'custom',
    name: 'local',
    url: server.url(),
    spacingMs: 0,
    eidasQualified: false,
    trustedRootsPem: [server.authority.rootPem],
  };
  const sealedId = await storeSampleCapture(database);
  const unsealedId = await storeSampleCapture(database);
  await queueSeal(database, (await database.captures.get(sealedId))!);
  await createSealRunner({
    database,
    authority: async () => authority,
    ask: (to, digestHex) => askSeal(to, digestHex, { tools: localTimestampTools }),
  }).wake();
  const bundle = await buildBundle({
    database,
    captureIds: [sealedId, unsealedId],
    language: 'fr',
    exportedAt: new Date('2026-12-07T12:00:00.000Z'),
    extensionVersion: '0.1.0',
    sealSums: async (sums) => {
      const attempt = await askSeal(authority, await sha256Hex(sums), {
        tools: localTimestampTools,
      });
      return attempt.ok ? attempt.answer : null;
    },
  });
  expect(await verifyBundle(bundle, { customRootsPem: [server.authority.rootPem] })).toMatchObject({
    ok: true,
  });

  const directory = mkdtempSync(path.join(tmpdir(), 'temoin-sealed-'));
  const archive = path.join(directory, 'bundle.zip');
  writeFileSync(archive, new Uint8Array(await bundle.arrayBuffer()));
  execFileSync('unzip', ['-q', archive, '-d', directory]);
  execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: directory });
  const manifest = JSON.parse(readFileSync(path.join(directory, 'manifest.json'), 'utf8'));
  const exported = manifest.captures.map((metadataPath: string) =>
    exportedCaptureSchema.parse(
      JSON.parse(readFileSync(path.join(directory, metadataPath), 'utf8')),
    ),
  );
  expect(exported.map(({ seal }: { seal?: unknown }) => seal !== undefined)).toEqual([true, false]);
  const { metadataSha256, seal } = exported[0];
  expect(readFileSync(path.join(directory, 'README.txt'), 'utf8')).toContain(
    'openssl ts -verify -data SHA256SUMS -in SHA256SUMS.tsr -CAfile chain.pem',
  );

  const verify = (subject: string[], tsr: string) =>
    opensslSucceeds([
      'ts',
      '-verify',
      ...subject,
      '-in',
      path.join(directory, tsr),
      '-CAfile',
      path.join(directory, 'chain.pem'),
    ]);
  const sums = path.join(directory, 'SHA256SUMS');
  expect(await verify(['-digest', metadataSha256], seal.path)).toMatchObject({ ok: true });
  expect(await verify(['-data', sums], 'SHA256SUMS.tsr')).toMatchObject({ ok: true });

  const changed = `${metadataSha256.slice(0, -1)}${metadataSha256.endsWith('0') ? '1' : '0'}`;
  expect(await verify(['-digest', changed], seal.path)).toMatchObject({ ok: false });
  const bytes = readFileSync(sums);
  bytes[0] = bytes[0]! ^ 1;
  writeFileSync(sums, bytes);
  expect(await verify(['-data', sums], 'SHA256SUMS.tsr')).toMatchObject({ ok: false });
}, 120_000);
