import { askAuthority } from '../../tests/tsa/ask-authority';
import { startAuthorityServer, type RunningAuthority } from '../../tests/tsa/authority-server';
import { CHAIN_PATH, SUMS_SEAL_PATH } from '../export/bundle-format';
import { sha256Hex } from '../evidence/sha256';
import { decode, editText, resealSums, zipFiles, type BundleFiles } from './testing/make-bundle';
import { sealedBundleFiles } from './testing/sealed-bundle-files';
import { verifyBundle } from './verify-bundle';

/**
 * The bundle check verifies every seal as « Vérifier » does, with the local OpenSSL authority:
 * a sound sealed bundle passes; a seal over another hash, a changed byte, a signer of another
 * root (even one chain.pem offers) or an edited time is named, file by file.
 */
let server: RunningAuthority;
let original: BundleFiles;
let sealPath: string;
beforeAll(async () => {
  server = await startAuthorityServer();
  ({ files: original } = await sealedBundleFiles(server));
  sealPath = [...original.keys()].find((name) => name.endsWith('/seal.tsr'))!;
}, 120_000);
afterAll(() => server.close());

const metadataOf = (path: string) => path.replace('seal.tsr', 'metadata.json');

/** SHA256SUMS rewritten for the files as they are, the seal files made after it left out. */
async function resealKeepingSeals(files: BundleFiles): Promise<void> {
  const after = [SUMS_SEAL_PATH, CHAIN_PATH].flatMap((name) => {
    const bytes = files.get(name);
    files.delete(name);
    return bytes ? [[name, bytes] as const] : [];
  });
  await resealSums(files);
  for (const [name, bytes] of after) files.set(name, bytes);
}

/** Replaces the capture's seal.tsr, its hash in metadata.json following, and SHA256SUMS. */
async function replaceSeal(files: BundleFiles, bytes: Uint8Array): Promise<void> {
  files.set(sealPath, bytes);
  const sha256 = await sha256Hex(bytes);
  editText(files, metadataOf(sealPath), (text) => {
    const exported = JSON.parse(text);
    exported.seal.sha256 = sha256;
    return `${JSON.stringify(exported, null, 2)}\n`;
  });
  await resealKeepingSeals(files);
}

const metadataSha256 = (files: BundleFiles) =>
  JSON.parse(decode(files.get(metadataOf(sealPath)))).metadataSha256 as string;

async function check(files: BundleFiles, customRootsPem = [server.authority.rootPem]) {
  return verifyBundle(await zipFiles(files), { customRootsPem });
}

it('passes a sealed bundle, and hands back the verified seal and the export’s', async () => {
  const result = await check(new Map(original));
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const [sealed, unsealed] = result.captures;
  expect(sealed?.seal).toMatchObject({
    digestHex: sealed?.exported.metadataSha256,
    genTime: sealed?.exported.seal?.genTime,
    authorityId: 'custom',
    eidasQualified: false,
  });
  expect(Math.abs(sealed!.seal!.clockOffsetMs)).toBeLessThan(60_000);
  expect(unsealed?.seal).toBeUndefined();
  expect(result.sumsSeal).toMatchObject({ exportedAt: result.manifest.exportedAt });
});

it.each([
  {
    case: 'a seal over another hash',
    tamper: async (files: BundleFiles) =>
      replaceSeal(files, (await askAuthority(server.url(), 'ab'.repeat(32))).response),
    reason: 'seal-wrong-imprint',
  },
  {
    case: 'one byte of the seal’s signature changed',
    tamper: async (files: BundleFiles) => {
      const bytes = new Uint8Array(files.get(sealPath)!);
      bytes[bytes.length - 1]! ^= 1;
      await replaceSeal(files, bytes);
    },
    reason: 'seal-bad-signature',
  },
  {
    case: 'a seal signed under another root, offered by chain.pem',
    tamper: async (files: BundleFiles) => {
      const foreign = await askAuthority(server.url({ signer: 'foreign' }), metadataSha256(files));
      const foreignRoot = await import('node:fs').then(({ readFileSync }) =>
        readFileSync(server.authority.signers.foreign.chain, 'utf8'),
      );
      files.set(CHAIN_PATH, new TextEncoder().encode(decode(files.get(CHAIN_PATH)) + foreignRoot));
      await replaceSeal(files, foreign.response);
    },
    reason: 'seal-untrusted-chain',
  },
  {
    case: 'the seal’s time edited in metadata.json',
    tamper: async (files: BundleFiles) => {
      editText(files, metadataOf(sealPath), (text) =>
        text.replace(/"genTime": "\d{4}/, '"genTime": "2001'),
      );
      await resealKeepingSeals(files);
    },
    reason: 'seal-time-differs',
  },
  {
    case: 'garbage for a seal',
    tamper: async (files: BundleFiles) => replaceSeal(files, new Uint8Array([0x30, 0x03, 1, 2, 3])),
    reason: 'seal-malformed',
  },
])(
  'names $case, and the export’s seal no longer matching SHA256SUMS',
  async ({ tamper, reason }) => {
    const files = new Map(original);
    await tamper(files);
    const result = await check(files);
    expect(result.ok ? result : result.problems).toEqual([
      {
        reason,
        path: sealPath,
        ...(reason === 'seal-time-differs' ? { found: expect.any(String) } : {}),
      },
      { reason: 'seal-wrong-imprint', path: SUMS_SEAL_PATH },
    ]);
  },
);

it('refuses seals that chain to no root Témoin ships when the person gave none', async () => {
  const result = await check(new Map(original), []);
  expect(result.ok ? result : result.problems).toEqual([
    { reason: 'seal-untrusted-chain', path: sealPath },
    { reason: 'seal-untrusted-chain', path: SUMS_SEAL_PATH },
  ]);
});

it('names a seal metadata.json announces but the bundle lacks', async () => {
  const files = new Map(original);
  files.delete(sealPath);
  await resealKeepingSeals(files);
  const result = await check(files);
  expect(result.ok ? result : result.problems).toContainEqual({
    reason: 'seal-missing',
    path: sealPath,
  });
});
