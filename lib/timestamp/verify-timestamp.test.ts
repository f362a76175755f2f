import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  startAuthorityServer,
  type Behaviour,
  type RunningAuthority,
} from '../../tests/tsa/authority-server';
import { askAuthority } from '../../tests/tsa/ask-authority';
import { measureClockOffset } from './clock-offset';
import { verifyStoredTimestamp, verifyTimestampResponse } from './verify-timestamp';

const digest = createHash('sha256').update('a capture’s metadata').digest('hex');
let server: RunningAuthority;

beforeAll(async () => {
  server = await startAuthorityServer();
}, 120_000);
afterAll(() => server.close());

async function sealAndVerify(behaviour: Behaviour = {}, roots = [server.authority.rootPem]) {
  const { request, response } = await askAuthority(server.url(behaviour), digest);
  return verifyTimestampResponse({ response, request, trustedRootsPem: roots });
}

const fingerprint = (file: string) =>
  new X509Certificate(readFileSync(file)).fingerprint256.replace(/:/g, '').toLowerCase();

describe('verifyTimestampResponse against a local authority', () => {
  it('accepts a good answer and reports what the token says', async () => {
    const sentAt = new Date();
    const { request, response, contentType } = await askAuthority(server.url(), digest);
    const receivedAt = new Date();
    const result = await verifyTimestampResponse({
      response,
      request,
      trustedRootsPem: [server.authority.rootPem],
    });
    expect(contentType).toBe('application/timestamp-reply');
    expect(result).toMatchObject({
      ok: true,
      policy: '1.2.3.4.1',
      accuracy: { seconds: 1, millis: 500, micros: 100 },
      tsaName: 'O=Temoin tests, CN=Test Timestamp Authority',
      digestHex: digest,
      nonceHex: request.nonceHex,
      signer: {
        subject: 'O=Temoin tests, CN=Test Timestamp Authority',
        serialNumber: '5eed5eed01',
      },
    });
    if (!result.ok) return;
    const genTime = new Date(result.genTime);
    // genTime has whole seconds: it may read up to one second before the request left.
    expect(genTime.getTime()).toBeGreaterThanOrEqual(sentAt.getTime() - 1000);
    expect(genTime.getTime()).toBeLessThanOrEqual(receivedAt.getTime());
    expect(result.chain.map((certificate) => certificate.sha256)).toEqual([
      fingerprint(server.authority.signers.good.certificate),
      fingerprint(server.authority.intermediateFile),
      createHash('sha256').update(new X509Certificate(server.authority.rootPem).raw).digest('hex'),
    ]);
    expect(result.chain[2]!.pem).toBe(server.authority.rootPem);
  });

  it.each<[string, Behaviour]>([
    ['an ECDSA authority with the v1 signing-certificate attribute', { signer: 'ecdsa' }],
    ['a decoy first and the certificates in reverse order', { answer: 'reordered' }],
    ['a signer named by its subject key identifier', { answer: 'subject-key-identifier' }],
  ])('accepts %s', async (_case, behaviour) => {
    const result = await sealAndVerify(behaviour);
    expect(result.ok).toBe(true);
  });

  it('finds the signer by its identifier, not by its place in the list', async () => {
    const result = await sealAndVerify({ answer: 'reordered' });
    expect(result).toMatchObject({ ok: true, signer: { serialNumber: '5eed5eed01' } });
  });

  it.each<[string, Behaviour, object]>([
    [
      'an answer for another nonce',
      { answer: 'wrong-nonce' },
      { reason: 'wrong-nonce', details: { receivedNonce: '123456789a' } },
    ],
    [
      'an answer for another digest',
      { answer: 'wrong-imprint' },
      { reason: 'wrong-imprint', details: { expectedDigest: digest } },
    ],
    [
      'a signer whose certificate had expired',
      { signer: 'expired' },
      {
        reason: 'signer-expired-at-gen-time',
        details: { signer: { notAfter: '2021-01-01T00:00:00.000Z' } },
      },
    ],
    [
      'a signer certificate without the timeStamping usage',
      { signer: 'no-usage' },
      { reason: 'not-a-timestamping-certificate', details: { problem: 'no-extended-key-usage' } },
    ],
    [
      'another certificate for the same key than the one the signature names',
      { signer: 'other-twin' },
      { reason: 'signer-not-bound', details: { problem: 'hash-differs' } },
    ],
    [
      'a signer from a root nobody trusts',
      { signer: 'foreign' },
      { reason: 'untrusted-chain', details: { problem: 'no-path-to-trusted-root' } },
    ],
    [
      'a signer identifier that names no certificate of the token',
      { answer: 'unknown-serial' },
      { reason: 'signer-not-found', details: { certificateCount: 2 } },
    ],
    [
      'a SHA-1 digest of the signed attributes',
      { answer: 'sha1-digest' },
      { reason: 'unsupported-algorithm', details: { algorithm: '1.3.14.3.2.26' } },
    ],
    ['random bytes', { answer: 'garbage' }, { reason: 'malformed', details: { part: 'response' } }],
    [
      'a truncated answer',
      { answer: 'truncated' },
      { reason: 'malformed', details: { part: 'response' } },
    ],
    [
      'a refusal',
      { answer: 'refuse' },
      {
        reason: 'rejected-by-authority',
        details: {
          status: 2,
          statusText: ['Message digest algorithm is not supported.'],
          failures: ['badAlg'],
        },
      },
    ],
  ])('refuses %s', async (_case, behaviour, failure) => {
    expect(await sealAndVerify(behaviour)).toMatchObject({ ok: false, ...failure });
  });

  it('refuses a good answer when its root is not among the trusted ones', async () => {
    const foreignRoot = readFileSync(`${server.authority.directory}/foreign-root.crt`, 'utf8');
    expect(await sealAndVerify({}, [foreignRoot])).toMatchObject({
      ok: false,
      reason: 'untrusted-chain',
    });
    expect(await sealAndVerify({}, [])).toMatchObject({ ok: false, reason: 'untrusted-chain' });
  });

  it.each<[string, (response: Uint8Array) => void, object]>([
    [
      'the signed content (its policy)',
      (response) => {
        const at = indexOf(response, [0x06, 0x04, 0x2a, 0x03, 0x04, 0x01]);
        response[at + 5] = 0x02;
      },
      { reason: 'bad-signature', details: { check: 'message-digest' } },
    ],
    [
      'the signature',
      (response) => {
        response[response.length - 1]! ^= 0x01;
      },
      { reason: 'bad-signature', details: { check: 'signature' } },
    ],
  ])('notices one changed byte in %s', async (_case, change, failure) => {
    const { request, response } = await askAuthority(server.url(), digest);
    change(response);
    const result = await verifyTimestampResponse({
      response,
      request,
      trustedRootsPem: [server.authority.rootPem],
    });
    expect(result).toMatchObject({ ok: false, ...failure });
  });

  it('measures the device clock against a slow authority', async () => {
    const sentAt = new Date();
    const { request, response } = await askAuthority(server.url({ delayMs: 400 }), digest);
    const receivedAt = new Date();
    const result = await verifyTimestampResponse({
      response,
      request,
      trustedRootsPem: [server.authority.rootPem],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const offset = measureClockOffset({
      sentAt,
      receivedAt,
      genTime: new Date(result.genTime),
      accuracy: result.accuracy,
    });
    expect(offset.uncertaintyMs).toBeGreaterThanOrEqual(200 + 1500);
    // Same clock on both sides: the truth (0) lies within the stated uncertainty, give or take
    // the second that genTime's precision loses.
    expect(Math.abs(offset.offsetMs)).toBeLessThanOrEqual(offset.uncertaintyMs + 1000);
  });

  it('never throws on mutated answers', async () => {
    const { request, response } = await askAuthority(server.url(), digest);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 300; round += 1) {
      const mutated = response.slice();
      for (let flips = 1 + (next() % 3); flips > 0; flips -= 1) {
        mutated[next() % mutated.length] = next() % 256;
      }
      const result = await verifyTimestampResponse({
        response: mutated,
        request,
        trustedRootsPem: [server.authority.rootPem],
      });
      expect(typeof result.ok).toBe('boolean');
    }
  }, 60_000);
});

describe('verifyStoredTimestamp', () => {
  it('accepts a stored answer and its bare token, for the digest they seal', async () => {
    const { response } = await askAuthority(server.url(), digest);
    const roots = [server.authority.rootPem];
    expect(
      await verifyStoredTimestamp({
        timestamp: response,
        digestHex: digest,
        trustedRootsPem: roots,
      }),
    ).toMatchObject({ ok: true, digestHex: digest });
    const token = bareToken(response);
    expect(
      await verifyStoredTimestamp({ timestamp: token, digestHex: digest, trustedRootsPem: roots }),
    ).toMatchObject({ ok: true, digestHex: digest });
  });

  it.each([
    ['another digest', 'ff'.repeat(32), 'wrong-imprint'],
    ['a digest that is not hexadecimal SHA-256', 'xyz', 'malformed'],
    ['an uppercase digest, which the bundle never writes', digest.toUpperCase(), 'malformed'],
  ])('refuses %s', async (_case, digestHex, reason) => {
    const { response } = await askAuthority(server.url(), digest);
    expect(
      await verifyStoredTimestamp({
        timestamp: response,
        digestHex,
        trustedRootsPem: [server.authority.rootPem],
      }),
    ).toMatchObject({ ok: false, reason });
  });
});

function indexOf(bytes: Uint8Array, pattern: number[]): number {
  const at = Buffer.from(bytes).indexOf(Buffer.from(pattern));
  if (at < 0) throw new Error('pattern not found');
  return at;
}

/** The token inside an answer: the second element of the outer SEQUENCE. */
function bareToken(response: Uint8Array): Uint8Array {
  const outerHeader = response[1]! & 0x80 ? 2 + (response[1]! & 0x7f) : 2;
  const statusLength = response[outerHeader + 1]!;
  return response.slice(outerHeader + 2 + statusLength);
}
