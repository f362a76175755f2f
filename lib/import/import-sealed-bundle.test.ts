import { startAuthorityServer, type RunningAuthority } from '../../tests/tsa/authority-server';
import { openEvidenceDatabase } from '../evidence/database';
import { checkStoredSeal } from '../seal/check-stored-seal';
import { verifyCapture } from '../verification/verify-capture';
import { importVerifiedBundle } from './import-bundle';
import { zipFiles, type BundleFiles } from './testing/make-bundle';
import { sealedBundleFiles } from './testing/sealed-bundle-files';
import { verifyBundle, type BundleVerification } from './verify-bundle';

/**
 * Importing a sealed bundle stores each verified seal beside its capture, byte for byte, so
 * « Vérifier » checks it there as it checks a seal the background obtained.
 */
let server: RunningAuthority;
let files: BundleFiles;
let sealedId: string;
beforeAll(async () => {
  server = await startAuthorityServer();
  ({ files, sealedId } = await sealedBundleFiles(server));
}, 120_000);
afterAll(() => server.close());

type Verified = Extract<BundleVerification, { ok: true }>;
const options = { at: new Date('2026-12-07T20:00:00.000Z'), caseName: () => 'Importé' };

async function verified(): Promise<Verified> {
  const result = await verifyBundle(await zipFiles(files), {
    customRootsPem: [server.authority.rootPem],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

it('stores the seal beside the imported capture, where « Vérifier » finds it sound', async () => {
  const target = openEvidenceDatabase(`target-${crypto.randomUUID()}`);
  const bundle = await verified();
  const outcome = await importVerifiedBundle(target, bundle, options);
  expect(outcome.imported).toHaveLength(2);
  const seals = await target.seals.toArray();
  expect(seals.map(({ captureId }) => captureId)).toEqual([sealedId]);
  const [seal] = seals;
  const capture = await target.captures.get(sealedId);
  const sourceSeal = bundle.captures.find(({ exported }) => exported.captureId === sealedId)!;
  expect(seal).toMatchObject({
    digestHex: capture!.metadataSha256,
    genTime: sourceSeal.exported.seal!.genTime,
    sentAt: sourceSeal.exported.seal!.sentAt,
  });
  expect([...seal!.response]).toEqual([...sourceSeal.seal!.response]);
  expect(await checkStoredSeal(seal!, capture!.metadataSha256, server.authority.rootPem)).toBe(
    'ok',
  );
  expect((await verifyCapture(target, sealedId)).intact).toBe(true);
  await target.delete();
});

it('refuses, writing nothing, a seal handed over for another capture’s hash', async () => {
  const target = openEvidenceDatabase(`target-${crypto.randomUUID()}`);
  const bundle = await verified();
  const [sealed, unsealed] = bundle.captures;
  const forged = {
    ...bundle,
    captures: [
      sealed!,
      { ...unsealed!, seal: { ...sealed!.seal!, captureId: unsealed!.exported.captureId } },
    ],
  };
  await expect(importVerifiedBundle(target, forged, options)).rejects.toThrow(
    /not over its sealed hash/,
  );
  expect(await target.captures.count()).toBe(0);
  expect(await target.seals.count()).toBe(0);
  await target.delete();
});
