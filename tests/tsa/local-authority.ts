import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { authorityConfig } from './authority-config';
import { openssl } from './openssl';

/** A key and its certificate, as files for `openssl ts -reply`. */
export interface Signer {
  key: string;
  certificate: string;
  /** The `ts -reply` configuration section to sign with. */
  section: 'granting' | 'granting_v1';
  /** Certificates sent along with the signer's. */
  chain: string;
}

export interface LocalAuthority {
  directory: string;
  config: string;
  /** The trusted root, PEM. */
  rootPem: string;
  /** Root and intermediate, PEM: the `-CAfile` for `openssl ts -verify`. */
  chainFile: string;
  /** The intermediate that issues the timestamping certificates, sent along in every token. */
  intermediateFile: string;
  signers: {
    /** RSA, critical timeStamping usage, valid now, ESS signing-certificate v2. */
    good: Signer;
    /** ECDSA P-256, ESS signing-certificate v1. */
    ecdsa: Signer;
    /** Valid from 2020 to 2021 only. */
    expired: Signer;
    /** Issued by another root, which nobody trusts. */
    foreign: Signer;
  };
  /** The good signer's key and serial number in a certificate without the timeStamping usage. */
  noUsageTwinFile: string;
  /** The good signer's key and serial number in another timestamping certificate. */
  otherTwinFile: string;
  /** Same subject as the good signer, another key and serial number: a decoy for the list. */
  decoyFile: string;
}

let created: Promise<LocalAuthority> | undefined;

/**
 * A throw-away PKI made with openssl, once per test process, removed when the process ends:
 * root → intermediate → timestamping certificates, plus the bad ones the tests need.
 */
export function localAuthority(): Promise<LocalAuthority> {
  created ??= createAuthority();
  return created;
}

async function createAuthority(): Promise<LocalAuthority> {
  const directory = mkdtempSync(path.join(tmpdir(), 'temoin-tsa-'));
  process.once('exit', () => rmSync(directory, { recursive: true, force: true }));
  const file = (name: string) => path.join(directory, name);
  const config = file('authority.cnf');
  writeFileSync(config, authorityConfig(directory));
  writeFileSync(file('index.txt'), '');
  writeFileSync(file('ca-serial'), '1000\n');
  writeFileSync(file('tsa-serial'), '01\n');

  const rsaKey = async (name: string) => {
    await openssl([
      'genpkey',
      '-algorithm',
      'RSA',
      '-pkeyopt',
      'rsa_keygen_bits:2048',
      '-out',
      file(name),
    ]);
    return file(name);
  };
  const selfSigned = async (name: string, subject: string) => {
    const key = await rsaKey(`${name}.key`);
    await openssl([
      'req',
      '-x509',
      '-new',
      '-key',
      key,
      '-subj',
      subject,
      '-days',
      '3650',
      '-config',
      config,
      '-extensions',
      'root_profile',
      '-out',
      file(`${name}.crt`),
    ]);
    return { key, certificate: file(`${name}.crt`) };
  };
  const issue = async (options: {
    name: string;
    subject: string;
    key: string;
    issuer: { key: string; certificate: string };
    profile: string;
    serial?: string;
    days?: string;
  }) => {
    const request = file(`${options.name}.csr`);
    await openssl([
      'req',
      '-new',
      '-key',
      options.key,
      '-subj',
      options.subject,
      '-config',
      config,
      '-out',
      request,
    ]);
    await openssl([
      'x509',
      '-req',
      '-in',
      request,
      '-CA',
      options.issuer.certificate,
      '-CAkey',
      options.issuer.key,
      '-days',
      options.days ?? '825',
      '-sha256',
      '-set_serial',
      options.serial ?? `0x${Date.now().toString(16)}${Math.random().toString(16).slice(2, 8)}`,
      '-extfile',
      config,
      '-extensions',
      options.profile,
      '-out',
      file(`${options.name}.crt`),
    ]);
    return file(`${options.name}.crt`);
  };

  const root = await selfSigned('root', '/O=Temoin tests/CN=Test Root CA');
  const intermediateKey = await rsaKey('intermediate.key');
  const intermediate = {
    key: intermediateKey,
    certificate: await issue({
      name: 'intermediate',
      subject: '/O=Temoin tests/CN=Test Timestamping CA',
      key: intermediateKey,
      issuer: root,
      profile: 'intermediate_profile',
    }),
  };
  const tsaSubject = '/O=Temoin tests/CN=Test Timestamp Authority';
  const goodKey = await rsaKey('good.key');
  const goodSerial = '0x5eed5eed01';
  const good = await issue({
    name: 'good',
    subject: tsaSubject,
    key: goodKey,
    issuer: intermediate,
    profile: 'timestamping_profile',
    serial: goodSerial,
  });
  const noUsageTwinFile = await issue({
    name: 'twin',
    subject: tsaSubject,
    key: goodKey,
    issuer: intermediate,
    profile: 'plain_profile',
    serial: goodSerial,
  });
  const otherTwinFile = await issue({
    name: 'other-twin',
    subject: tsaSubject,
    key: goodKey,
    issuer: intermediate,
    profile: 'timestamping_profile',
    serial: goodSerial,
    days: '400',
  });
  const decoyFile = await issue({
    name: 'decoy',
    subject: tsaSubject,
    key: await rsaKey('decoy.key'),
    issuer: intermediate,
    profile: 'timestamping_profile',
  });

  await openssl([
    'genpkey',
    '-algorithm',
    'EC',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-out',
    file('ecdsa.key'),
  ]);
  const ecdsa = await issue({
    name: 'ecdsa',
    subject: '/O=Temoin tests/CN=Test ECDSA Authority',
    key: file('ecdsa.key'),
    issuer: intermediate,
    profile: 'timestamping_profile',
  });

  const expiredKey = await rsaKey('expired.key');
  await openssl([
    'req',
    '-new',
    '-key',
    expiredKey,
    '-subj',
    '/O=Temoin tests/CN=Expired Authority',
    '-config',
    config,
    '-out',
    file('expired.csr'),
  ]);
  await openssl([
    'ca',
    '-batch',
    '-notext',
    '-config',
    config,
    '-cert',
    intermediate.certificate,
    '-keyfile',
    intermediate.key,
    '-in',
    file('expired.csr'),
    '-out',
    file('expired.crt'),
    '-extfile',
    config,
    '-extensions',
    'timestamping_profile',
    '-startdate',
    '20200101000000Z',
    '-enddate',
    '20210101000000Z',
  ]);

  const foreignRoot = await selfSigned('foreign-root', '/O=Elsewhere/CN=Foreign Root CA');
  const foreignKey = await rsaKey('foreign.key');
  const foreign = await issue({
    name: 'foreign',
    subject: tsaSubject,
    key: foreignKey,
    issuer: foreignRoot,
    profile: 'timestamping_profile',
  });

  const rootPem = readFileSync(root.certificate, 'utf8');
  const chainFile = file('chain.pem');
  writeFileSync(chainFile, rootPem + readFileSync(intermediate.certificate, 'utf8'));
  return {
    directory,
    config,
    rootPem,
    chainFile,
    intermediateFile: intermediate.certificate,
    signers: {
      good: {
        key: goodKey,
        certificate: good,
        section: 'granting',
        chain: intermediate.certificate,
      },
      ecdsa: {
        key: file('ecdsa.key'),
        certificate: ecdsa,
        section: 'granting_v1',
        chain: intermediate.certificate,
      },
      expired: {
        key: expiredKey,
        certificate: file('expired.crt'),
        section: 'granting',
        chain: intermediate.certificate,
      },
      foreign: {
        key: foreignKey,
        certificate: foreign,
        section: 'granting',
        chain: foreignRoot.certificate,
      },
    },
    noUsageTwinFile,
    otherTwinFile,
    decoyFile,
  };
}
