import { hostIs } from '../sites/extractor';
import { SUPPORTED_SITES } from '../sites/supported-sites';

/**
 * The page agent to inject into a frame at this address: the one carrying its platform's
 * extractor (entrypoints/page-agent-<platform>.ts), or, on any other site, the one carrying
 * the generic extractor and those recognising a platform by its markup (page-agent-web.ts).
 * One small script per platform: most injections are a fraction of all the extractors.
 */
export function agentFileFor(address: string | undefined): string {
  let url: URL;
  try {
    url = new URL(address ?? '');
  } catch {
    return '/page-agent-web.js';
  }
  const site = SUPPORTED_SITES.find((candidate) => hostIs(url, ...candidate.hosts));
  return `/page-agent-${site?.id ?? 'web'}.js`;
}
