import { TIMESTAMP_AUTHORITIES } from '../timestamp/authorities';
import type { SealSettings } from '../settings/seal-settings';

/** What the seal needs of the authority the person picked. */
export interface SealAuthority {
  id: string;
  name: string;
  url: string;
  /** The wait between two requests to this authority. */
  spacingMs: number;
  eidasQualified: boolean;
  trustedRootsPem: string[];
}

/** Authorities that publish no spacing still get a polite one. */
export const DEFAULT_SPACING_MS = 2_000;

/** The authority the settings name, or null when the seal is off or the custom one is unusable. */
export function sealAuthorityOf(settings: SealSettings): SealAuthority | null {
  if (!settings.enabled) return null;
  if (settings.authority === 'custom') {
    const { url, rootPem } = settings.custom;
    if (!isAuthorityAddress(url) || !rootPem.includes('-----BEGIN CERTIFICATE-----')) return null;
    return {
      id: 'custom',
      name: new URL(url).host,
      url,
      spacingMs: DEFAULT_SPACING_MS,
      eidasQualified: false,
      trustedRootsPem: [rootPem],
    };
  }
  const known = TIMESTAMP_AUTHORITIES.find(({ id }) => id === settings.authority);
  if (!known) return null;
  return {
    id: known.id,
    name: known.name,
    url: known.url,
    spacingMs: (known.minimumSpacingSeconds ?? 0) * 1000 || DEFAULT_SPACING_MS,
    eidasQualified: known.eidasQualified,
    trustedRootsPem: known.trustedRoots.map(({ pem }) => pem),
  };
}

export function isAuthorityAddress(url: string): boolean {
  return URL.canParse(url) && /^https?:$/.test(new URL(url).protocol);
}

/** The host permission pattern that lets the background reach the authority, and nothing else. */
export function authorityOriginPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}
