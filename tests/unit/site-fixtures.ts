import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURE_ROOT = path.resolve('tests/fixtures/sites');

export interface FixturePost {
  target: string;
  kind: string;
  containerSelector: string;
  expected: Record<string, unknown>;
  /** Fields the page does not give for this post, which must stay empty. */
  absent?: string[];
}

export interface Fixture {
  platform: string;
  name: string;
  url: string;
  /** The capture time on the local clock ("2026-11-22T16:05"), for labels read against it. */
  capturedAt?: string;
  html: string;
  posts: FixturePost[];
  containerCount: Record<string, number>;
}

/** Every offline platform fixture with its expectations (for tests and the benchmark). */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_ROOT).flatMap((platform) =>
    readdirSync(path.join(FIXTURE_ROOT, platform))
      .filter((file) => file.endsWith('.expected.json'))
      .map((file) => {
        const name = file.replace('.expected.json', '');
        const expectations = JSON.parse(
          readFileSync(path.join(FIXTURE_ROOT, platform, file), 'utf8'),
        ) as Omit<Fixture, 'platform' | 'name' | 'html'>;
        return {
          platform,
          name,
          html: readFileSync(path.join(FIXTURE_ROOT, platform, `${name}.html`), 'utf8'),
          url: expectations.url,
          ...(expectations.capturedAt ? { capturedAt: expectations.capturedAt } : {}),
          posts: expectations.posts,
          containerCount: expectations.containerCount ?? {},
        };
      }),
  );
}
