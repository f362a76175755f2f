// @vitest-environment happy-dom
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_ROOT, loadFixtures } from '../../tests/unit/site-fixtures';
import { hostIs } from './extractor';
import { EXTRACTORS } from './registry';
import { SUPPORTED_SITES } from './supported-sites';

const fixtures = loadFixtures();
// Mastodon has no fixed host: the page agent runs there once the user enables the instance.
const WITHOUT_FIXED_HOST = new Set(['mastodon']);

describe('the platform registry', () => {
  it('has unique platform ids', () => {
    const ids = EXTRACTORS.map((extractor) => extractor.platform);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers every platform that has fixtures', () => {
    expect(EXTRACTORS.map((extractor) => extractor.platform).sort()).toEqual(
      readdirSync(FIXTURE_ROOT).sort(),
    );
  });

  describe.each(EXTRACTORS.map((extractor) => [extractor.platform, extractor] as const))(
    '%s',
    (platform, extractor) => {
      const own = fixtures.filter((fixture) => fixture.platform === platform);

      it('has a label and an icon', () => {
        expect(extractor.label.trim()).not.toBe('');
        expect(existsSync(path.resolve('public/platforms', `${platform}.svg`))).toBe(true);
      });

      it('has at least two fixtures, each naming its sources and holding test cases', () => {
        expect(own.length).toBeGreaterThanOrEqual(2);
        for (const fixture of own) {
          expect(fixture.html.trimStart()).toMatch(/^(<!doctype html>\s*)?<!--\s*Modell?ed on/i);
          expect(fixture.posts.length).toBeGreaterThan(0);
        }
      });

      it('says how many matches its selectors give in each of its fixtures', () => {
        expect(Object.keys(extractor.fixtureMatches).sort()).toEqual(
          own.map((fixture) => fixture.name).sort(),
        );
        for (const counts of Object.values(extractor.fixtureMatches)) {
          for (const name of Object.keys(counts)) expect(extractor.selectors).toHaveProperty(name);
        }
      });

      it.each(own.map((fixture) => [fixture.name, fixture.url] as const))(
        'claims its fixture %s at %s',
        (_name, url) => {
          const document = new DOMParser().parseFromString(
            own.find((fixture) => fixture.url === url)!.html,
            'text/html',
          );
          expect(extractor.handles(new URL(url), document)).toBe(true);
        },
      );

      if (!WITHOUT_FIXED_HOST.has(platform)) {
        it('runs the page agent on its hosts', () => {
          const hosts = SUPPORTED_SITES.flatMap((site) => site.hosts);
          for (const fixture of own) expect(hostIs(new URL(fixture.url), ...hosts)).toBe(true);
        });
      }
    },
  );

  it('lets no platform claim another platform’s fixture', () => {
    for (const fixture of fixtures) {
      const document = new DOMParser().parseFromString(fixture.html, 'text/html');
      const claimants = EXTRACTORS.filter((extractor) =>
        extractor.handles(new URL(fixture.url), document),
      ).map((extractor) => extractor.platform);
      expect(claimants).toEqual([fixture.platform]);
    }
  });
});
