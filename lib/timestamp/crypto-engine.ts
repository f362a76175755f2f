import { CryptoEngine } from 'pkijs';

let engine: CryptoEngine | undefined;

/**
 * The PKI library's engine over the platform's WebCrypto, passed explicitly to every call so the
 * seal never depends on the library's global engine (the same code runs in the service worker,
 * pages and Node).
 */
export function webCryptoEngine(): CryptoEngine {
  engine ??= new CryptoEngine({ name: 'webcrypto', crypto: globalThis.crypto });
  return engine;
}
