// @vitest-environment happy-dom
// Not a test: `npm run bench` runs it to time extraction per post on every fixture, in
// happy-dom (slower than a browser's DOM, so the figures are an upper bound).
import { mkdirSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { extractPost } from '../../lib/sites/extract-post';
import { loadFixtures } from '../unit/site-fixtures';

const ROUNDS = 20;

it('times the extraction of every fixture post', () => {
  const timings: Record<string, number[]> = {};
  const all: number[] = [];
  for (const fixture of loadFixtures()) {
    const document = new DOMParser().parseFromString(fixture.html, 'text/html');
    const url = new URL(fixture.url);
    for (const post of fixture.posts) {
      const target = document.querySelector(post.target)!;
      extractPost(target, { document, url, now: new Date() });
      for (let round = 0; round < ROUNDS; round += 1) {
        const start = performance.now();
        extractPost(target, { document, url, now: new Date() });
        const elapsed = performance.now() - start;
        (timings[fixture.platform] ??= []).push(elapsed);
        all.push(elapsed);
      }
    }
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)]! * 1000) / 1000;
  };
  mkdirSync('test-reports', { recursive: true });
  writeFileSync(
    'test-reports/extraction-timing.json',
    JSON.stringify({
      environment: 'happy-dom',
      posts: all.length / ROUNDS,
      medianMs: median(all),
      p95Ms:
        Math.round([...all].sort((a, b) => a - b)[Math.floor(all.length * 0.95)]! * 1000) / 1000,
      medianMsByPlatform: Object.fromEntries(
        Object.entries(timings).map(([platform, values]) => [platform, median(values)]),
      ),
      target: 'medianMs < 5',
    }),
  );
});
