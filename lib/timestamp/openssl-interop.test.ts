import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startAuthorityServer, type RunningAuthority } from '../../tests/tsa/authority-server';
import { askAuthority } from '../../tests/tsa/ask-authority';
import { opensslSucceeds } from '../../tests/tsa/openssl';
import { verifyStoredTimestamp, verifyTimestampResponse } from './verify-timestamp';

/**
 * The seal must stand without Témoin: what this code accepts, OpenSSL accepts with the commands
 * the bundle's README gives, and one changed byte makes both refuse.
 */
let server: RunningAuthority;
let directory: string;

beforeAll(async () => {
  server = await startAuthorityServer();
  directory = server.authority.directory;
}, 120_000);
afterAll(() => server.close());

const sums = [
  '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  captures/1/metadata.json',
  '60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752  captures/1/screenshot.png',
  '',
].join('\n');

function openSslVerify(tsr: string, data: { digest: string } | { file: string }) {
  const subject = 'digest' in data ? ['-digest', data.digest] : ['-data', data.file];
  return opensslSucceeds([
    'ts',
    '-verify',
    ...subject,
    '-in',
    tsr,
    '-CAfile',
    server.authority.chainFile,
  ]);
}

describe('interoperability with openssl ts -verify', () => {
  it('accepts, with -digest, a token this code accepts; both refuse another digest', async () => {
    const digest = createHash('sha256').update('metadata.json of one capture').digest('hex');
    const { request, response } = await askAuthority(server.url(), digest);
    const tsr = path.join(directory, 'capture.tsr');
    writeFileSync(tsr, response);
    const ours = await verifyTimestampResponse({
      response,
      request,
      trustedRootsPem: [server.authority.rootPem],
    });
    expect(ours.ok).toBe(true);
    const theirs = await openSslVerify(tsr, { digest });
    expect(theirs.output).toContain('Verification: OK');

    const otherDigest = `${digest.slice(0, 63)}${digest.endsWith('0') ? '1' : '0'}`;
    expect((await openSslVerify(tsr, { digest: otherDigest })).ok).toBe(false);
    expect(
      await verifyStoredTimestamp({
        timestamp: response,
        digestHex: otherDigest,
        trustedRootsPem: [server.authority.rootPem],
      }),
    ).toMatchObject({ ok: false, reason: 'wrong-imprint' });
  });

  it('accepts, with -data, a token over a SHA256SUMS file; one changed byte fails both', async () => {
    const sumsFile = path.join(directory, 'SHA256SUMS');
    writeFileSync(sumsFile, sums);
    const digest = createHash('sha256').update(sums).digest('hex');
    const { response } = await askAuthority(server.url(), digest);
    const tsr = path.join(directory, 'SHA256SUMS.tsr');
    writeFileSync(tsr, response);
    const roots = [server.authority.rootPem];

    expect(
      await verifyStoredTimestamp({
        timestamp: response,
        digestHex: digest,
        trustedRootsPem: roots,
      }),
    ).toMatchObject({ ok: true });
    expect((await openSslVerify(tsr, { file: sumsFile })).output).toContain('Verification: OK');

    const edited = sums.replace('captures/1/screenshot.png', 'captures/1/screenshot.pnG');
    writeFileSync(sumsFile, edited);
    expect((await openSslVerify(tsr, { file: sumsFile })).ok).toBe(false);
    const editedDigest = createHash('sha256').update(edited).digest('hex');
    expect(
      await verifyStoredTimestamp({
        timestamp: response,
        digestHex: editedDigest,
        trustedRootsPem: roots,
      }),
    ).toMatchObject({ ok: false, reason: 'wrong-imprint' });
  });

  it('refuses, like OpenSSL, a token with one changed byte', async () => {
    const digest = createHash('sha256').update('another capture').digest('hex');
    const { response } = await askAuthority(server.url(), digest);
    const policy = Buffer.from(response).indexOf(Buffer.from([0x06, 0x04, 0x2a, 0x03, 0x04, 0x01]));
    const changed = response.slice();
    changed[policy + 5] = 0x02;
    const tsr = path.join(directory, 'changed.tsr');
    writeFileSync(tsr, changed);
    expect((await openSslVerify(tsr, { digest })).ok).toBe(false);
    expect(
      await verifyStoredTimestamp({
        timestamp: changed,
        digestHex: digest,
        trustedRootsPem: [server.authority.rootPem],
      }),
    ).toMatchObject({ ok: false, reason: 'bad-signature' });
  });
});
