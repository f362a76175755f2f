import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TimeStampReq } from 'pkijs';
import { openssl } from '../../tests/tsa/openssl';
import { bytesToHex } from './bytes';
import { buildTimestampRequest, TIMESTAMP_QUERY_CONTENT_TYPE } from './build-request';
import { OID } from './oids';

const digest = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('buildTimestampRequest', () => {
  it('asks for SHA-256 over the digest, with a fresh nonce and the certificate', () => {
    const request = buildTimestampRequest(digest);
    const parsed = TimeStampReq.fromBER(request.der);
    expect(request.contentType).toBe(TIMESTAMP_QUERY_CONTENT_TYPE);
    expect(TIMESTAMP_QUERY_CONTENT_TYPE).toBe('application/timestamp-query');
    expect(parsed.version).toBe(1);
    expect(parsed.certReq).toBe(true);
    expect(parsed.messageImprint.hashAlgorithm.algorithmId).toBe(OID.sha256);
    expect(bytesToHex(parsed.messageImprint.hashedMessage.valueBlock.valueHexView)).toBe(digest);
    expect(bytesToHex(parsed.nonce!.valueBlock.valueHexView)).toBe(request.nonceHex);
    expect(request.nonceHex).toMatch(/^[4-7][0-9a-f]{31}$/);
  });

  it('never sends the same nonce twice', () => {
    const nonces = new Set(
      Array.from({ length: 200 }, () => buildTimestampRequest(digest).nonceHex),
    );
    expect(nonces.size).toBe(200);
  });

  it('is read by OpenSSL as the same request', async () => {
    const request = buildTimestampRequest(digest.toUpperCase());
    const file = path.join(tmpdir(), `temoin-request-${request.nonceHex}.tsq`);
    writeFileSync(file, request.der);
    const text = await openssl(['ts', '-query', '-in', file, '-text']);
    expect(text).toContain('Hash Algorithm: sha256');
    expect(text).toContain('Certificate required: yes');
    expect(text).toContain(`Nonce: 0x${request.nonceHex.toUpperCase()}`);
    expect(text.replace(/\s+/g, ' ')).toContain(
      '0000 - e3 b0 c4 42 98 fc 1c 14-9a fb f4 c8 99 6f b9 24',
    );
    expect(request.digestHex).toBe(digest);
  });

  it.each(['', 'e3b0', `${digest}00`, digest.replace('e', 'g'), `${digest.slice(0, 63)} `])(
    'refuses %j, which is not a SHA-256 in hexadecimal',
    (bad) => {
      expect(() => buildTimestampRequest(bad)).toThrow(RangeError);
    },
  );
});
