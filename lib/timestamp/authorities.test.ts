import { X509Certificate, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { TIMESTAMP_AUTHORITIES } from './authorities';
import { timestampAuthoritySchema } from './authority-schema';
import { certificatesFromPem } from './pem';
import { verifyStoredTimestamp } from './verify-timestamp';

const roots = TIMESTAMP_AUTHORITIES.flatMap((authority) =>
  authority.trustedRoots.map((root) => ({ authority: authority.id, ...root })),
);

describe('timestamp authorities table', () => {
  it('matches its schema, with unique ids and addresses', () => {
    expect(() =>
      TIMESTAMP_AUTHORITIES.map((row) => timestampAuthoritySchema.parse(row)),
    ).not.toThrow();
    const unique = (values: string[]) => new Set(values).size === values.length;
    expect(unique(TIMESTAMP_AUTHORITIES.map((row) => row.id))).toBe(true);
    expect(unique(TIMESTAMP_AUTHORITIES.map((row) => row.url))).toBe(true);
  });

  it('spaces Sectigo requests by 15 s, as Sectigo asks, and calls only Sectigo qualified', () => {
    const sectigo = TIMESTAMP_AUTHORITIES.find((row) => row.id === 'sectigo-qualified');
    expect(sectigo?.minimumSpacingSeconds).toBe(15);
    expect(TIMESTAMP_AUTHORITIES.filter((row) => row.eidasQualified).map((row) => row.id)).toEqual([
      'sectigo-qualified',
    ]);
  });

  it.each(roots)('$authority: one self-signed CA root, with its recorded fingerprint', (root) => {
    const ders = certificatesFromPem(root.pem);
    expect(ders).toHaveLength(1);
    const der = ders[0]!;
    expect(createHash('sha256').update(der).digest('hex')).toBe(root.sha256);
    const certificate = new X509Certificate(der);
    expect(certificate.ca).toBe(true);
    expect(certificate.subject).toBe(certificate.issuer);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(new Date(certificate.validTo).getTime()).toBeGreaterThan(Date.parse('2035-01-01'));
  });

  it('accepts a real token of Sectigo’s qualified service with the root in the table', async () => {
    // A token from Sectigo's qualified service (21 May 2025), taken from a public test fixture of
    // the EU's DSS library (an RFC 4998 evidence record); see tests/fixtures/timestamp/README.md.
    const token = readFileSync('tests/fixtures/timestamp/sectigo-qualified-2025.tst');
    const sectigo = TIMESTAMP_AUTHORITIES.find((row) => row.id === 'sectigo-qualified')!;
    const result = await verifyStoredTimestamp({
      timestamp: token,
      digestHex: '29829c00f4b260c192691f5c2d8ce4eb36878dbf04bf891cb04b98601b575689',
      trustedRootsPem: sectigo.trustedRoots.map((root) => root.pem),
    });
    expect(result).toMatchObject({
      ok: true,
      genTime: '2025-05-21T06:21:05.000Z',
      policy: '0.4.0.2023.1.1',
      accuracy: { seconds: 1, millis: 0, micros: 0 },
      tsaName: 'C=ES, O=Sectigo (Europe) SL, CN=Sectigo Qualified Time Stamping Signer #3',
    });
    if (!result.ok) return;
    expect(result.chain.map((certificate) => certificate.sha256)).toEqual([
      '4ffc3bcb2da5c1623a5e98714df0c4e9ca622db07cb0eb6b2083388a0602029d',
      'cd0a3e00a1bdae3a159fa9e3d70f8e664f560fdce16357cbe440ed0b0d88244f',
      'f871f8976b4068d700d5f281084b4a29eaf4b8f35743330ba062fab46f58c2ed',
    ]);
  });

  it('refuses that real token under another authority’s root', async () => {
    const token = readFileSync('tests/fixtures/timestamp/sectigo-qualified-2025.tst');
    const freetsa = TIMESTAMP_AUTHORITIES.find((row) => row.id === 'freetsa')!;
    const result = await verifyStoredTimestamp({
      timestamp: token,
      digestHex: '29829c00f4b260c192691f5c2d8ce4eb36878dbf04bf891cb04b98601b575689',
      trustedRootsPem: freetsa.trustedRoots.map((root) => root.pem),
    });
    expect(result).toMatchObject({ ok: false, reason: 'untrusted-chain' });
  });
});
