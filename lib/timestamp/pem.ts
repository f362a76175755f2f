const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----/g;

/** The DER of every certificate in a PEM text, in order. */
export function certificatesFromPem(pem: string): Uint8Array<ArrayBuffer>[] {
  return [...pem.matchAll(PEM_BLOCK)].map((match) => {
    const binary = atob((match[1] ?? '').replace(/\s+/g, ''));
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  });
}

/** A certificate as PEM, lines of 64 characters as OpenSSL writes them. */
export function certificateToPem(der: Uint8Array): string {
  const base64 = btoa(Array.from(der, (byte) => String.fromCharCode(byte)).join(''));
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
