import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningAuthority } from '../../../tests/tsa/authority-server';
import { storeSampleCapture } from '../../../tests/unit/sample-capture';
import { openEvidenceDatabase, type EvidenceDatabase } from '../../evidence/database';
import { sha256Hex } from '../../evidence/sha256';
import { buildBundle } from '../../export/build-bundle';
import { askSeal } from '../../seal/ask-seal';
import type { SealAuthority } from '../../seal/seal-authority';
import { queueSeal } from '../../seal/seal-queue';
import { localTimestampTools } from '../../seal/timestamp-tools';
import { createSealRunner } from '../../seal/seal-runner';
import type { BundleFiles } from './make-bundle';

/** The local authority as the seal settings would give it, for a custom address. */
export function localSealAuthority(server: RunningAuthority): SealAuthority {
  return {
    id: 'custom',
    name: 'local',
    url: server.url(),
    spacingMs: 0,
    eidasQualified: false,
    trustedRootsPem: [server.authority.rootPem],
  };
}

/**
 * A bundle as Témoin exports it with the seal on: a sealed capture, an unsealed one and the
 * export's own seal, all from the local authority; its files by path, in archive order, for a
 * test to tamper with.
 */
export async function sealedBundleFiles(
  server: RunningAuthority,
): Promise<{ files: BundleFiles; database: EvidenceDatabase; sealedId: string }> {
  const database = openEvidenceDatabase(`sealed-${crypto.randomUUID()}`);
  const authority = localSealAuthority(server);
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
    exportedAt: new Date(),
    extensionVersion: '0.1.0',
    sealSums: async (sums) => {
      const attempt = await askSeal(authority, await sha256Hex(sums), {
        tools: localTimestampTools,
      });
      return attempt.ok ? attempt.answer : null;
    },
  });
  const directory = mkdtempSync(path.join(tmpdir(), 'temoin-sealed-'));
  const archive = path.join(directory, 'bundle.zip');
  writeFileSync(archive, new Uint8Array(await bundle.arrayBuffer()));
  const names = execFileSync('unzip', ['-Z1', archive], { encoding: 'utf8' }).split('\n');
  execFileSync('unzip', ['-q', archive, '-d', path.join(directory, 'files')]);
  const files: BundleFiles = new Map();
  for (const name of names.filter(Boolean)) {
    files.set(name, new Uint8Array(readFileSync(path.join(directory, 'files', name))));
  }
  return { files, database, sealedId };
}
