import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SUPPORTED_SITES } from '../../lib/sites/supported-sites';
import { buildUnlistedScript } from './build-unlisted-script';

/** The platforms whose page agent carries their extractor, and what only its file may name. */
const AGENTS: Array<[agent: string, platforms: string[]]> = [
  ...SUPPORTED_SITES.map((site): [string, string[]] => [site.id, [site.id]]),
  // Any other site: the platforms recognised by their markup rather than their address.
  ['web', ['mastodon']],
];

/** Shared by every agent: the generic extractor and the readers all extractors use. */
const SHARED = new Set(['generic', 'read']);

/** The most one platform's agent may weigh, gzipped: a fraction of all extractors together. */
const AGENT_BUDGET_GZIP_BYTES = 24_000;

describe('the page agent of each platform', () => {
  it('exists for every supported site and for the rest of the web, and for nothing else', () => {
    const files = readdirSync('entrypoints').filter((file) => file.startsWith('page-agent-'));
    expect(files.sort()).toEqual(AGENTS.map(([agent]) => `page-agent-${agent}.ts`).sort());
  });

  it.each(AGENTS)(
    'page-agent-%s carries its own extractor and no other platform’s, and no store',
    async (agent, platforms) => {
      const { code, modules } = await buildUnlistedScript(`entrypoints/page-agent-${agent}.ts`);
      const extractors = modules
        .map((module) => /^lib\/sites\/extractors\/([a-z]+)(?:-[a-z-]+)?\.ts$/.exec(module)?.[1])
        .filter((name): name is string => name !== undefined && !SHARED.has(name));
      expect([...new Set(extractors)].sort()).toEqual(platforms);
      expect(
        modules.filter((module) => /lib\/sites\/registry|dexie|lib\/evidence/.test(module)),
      ).toEqual([]);
      expect(gzipSync(code).length).toBeLessThanOrEqual(AGENT_BUDGET_GZIP_BYTES);
    },
    60_000,
  );
});
