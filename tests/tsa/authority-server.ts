import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { localAuthority, type LocalAuthority, type Signer } from './local-authority';
import { openssl } from './openssl';
import {
  alterRequest,
  certificateFromPem,
  renameSigner,
  rewriteCertificates,
  weakenDigest,
} from './token-surgery';

export type SignerName = keyof LocalAuthority['signers'] | 'no-usage' | 'other-twin';
export type Answer =
  | 'granted'
  | 'wrong-nonce'
  | 'wrong-imprint'
  | 'refuse'
  | 'garbage'
  | 'truncated'
  | 'reordered'
  | 'subject-key-identifier'
  | 'unknown-serial'
  | 'sha1-digest';

export interface Behaviour {
  signer?: SignerName;
  answer?: Answer;
  /** Waits this long before answering: a slow authority. */
  delayMs?: number;
}

export interface RunningAuthority {
  authority: LocalAuthority;
  /** The address that answers with the given behaviour. */
  url(behaviour?: Behaviour): string;
  /** Cuts every connection without answering until set back. */
  setOffline(offline: boolean): void;
  close(): Promise<void>;
}

/**
 * A local RFC 3161 authority over HTTP on 127.0.0.1 and a random port: it answers
 * `application/timestamp-query` POSTs with `openssl ts -reply`, and misbehaves on request.
 */
export async function startAuthorityServer(): Promise<RunningAuthority> {
  const authority = await localAuthority();
  let offline = false;
  const server = createServer((request, response) => {
    // Off line: the connection is cut without an answer, as when the network is down.
    if (offline) return void request.socket.destroy();
    answer(authority, request)
      .then(({ status, body, type }) => {
        response.writeHead(status, { 'content-type': type });
        response.end(body);
      })
      .catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    authority,
    url: (behaviour = {}) => {
      const query = new URLSearchParams(
        Object.entries(behaviour).map(([key, value]) => [key, String(value)]),
      );
      return `http://127.0.0.1:${port}/tsr?${query}`;
    },
    setOffline: (value) => {
      offline = value;
    },
    close: () => closeServer(server),
  };
}

async function answer(authority: LocalAuthority, request: IncomingMessage) {
  const reply = (body: Uint8Array) => ({ status: 200, body, type: 'application/timestamp-reply' });
  if (
    request.method !== 'POST' ||
    request.headers['content-type'] !== 'application/timestamp-query'
  ) {
    return { status: 415, body: new Uint8Array(), type: 'text/plain' };
  }
  const query = await readBody(request);
  const options = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams;
  const delay = Number(options.get('delayMs') ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const kind = (options.get('answer') ?? 'granted') as Answer;
  if (kind === 'garbage') return reply(randomBytes(200));

  const signerName = (options.get('signer') ?? 'good') as SignerName;
  const twins: Partial<Record<SignerName, string>> = {
    'no-usage': authority.noUsageTwinFile,
    'other-twin': authority.otherTwinFile,
  };
  const twinFile = twins[signerName];
  const signer =
    authority.signers[twinFile ? 'good' : (signerName as keyof LocalAuthority['signers'])];
  const sent =
    kind === 'wrong-nonce'
      ? alterRequest(query, 'nonce')
      : kind === 'wrong-imprint'
        ? alterRequest(query, 'imprint')
        : query;
  let signed = await signWithOpenssl(authority, signer, sent, kind === 'refuse');
  if (twinFile) {
    const twin = certificateFromPem(readFileSync(twinFile, 'utf8'));
    signed = rewriteCertificates(signed, (certificates) => [twin, ...certificates.slice(1)]);
  }
  if (kind === 'subject-key-identifier' || kind === 'unknown-serial') {
    signed = renameSigner(signed, kind);
  }
  if (kind === 'reordered') {
    const decoy = certificateFromPem(readFileSync(authority.decoyFile, 'utf8'));
    signed = rewriteCertificates(signed, (certificates) => [decoy, ...certificates.reverse()]);
  }
  if (kind === 'sha1-digest') signed = weakenDigest(signed);
  if (kind === 'truncated') signed = signed.slice(0, Math.floor(signed.length / 2));
  return reply(signed);
}

async function signWithOpenssl(
  authority: LocalAuthority,
  signer: Signer,
  query: Uint8Array,
  refuse: boolean,
): Promise<Uint8Array> {
  const name = randomUUID();
  const queryFile = path.join(authority.directory, `${name}.tsq`);
  const replyFile = path.join(authority.directory, `${name}.tsr`);
  writeFileSync(queryFile, query);
  await openssl([
    'ts',
    '-reply',
    '-config',
    authority.config,
    '-section',
    refuse ? 'refusing' : signer.section,
    '-queryfile',
    queryFile,
    '-inkey',
    signer.key,
    '-signer',
    signer.certificate,
    '-chain',
    signer.chain,
    '-out',
    replyFile,
  ]);
  return new Uint8Array(readFileSync(replyFile));
}

async function readBody(request: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) =>
    server.close((error) => (error ? reject(error) : resolve())),
  );
}
