import { readFileSync } from 'node:fs';
import { satisfies } from '../../scripts/node-version.mjs';

const ourRange = JSON.parse(readFileSync('package.json', 'utf8')).engines.node as string;

function declaredRange(name: string): string {
  return JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).engines.node;
}

describe("package.json's Node range, as npm start checks it", () => {
  it.each([
    ['18.20.4', false],
    ['20.18.3', false],
    ['20.19.0', true],
    ['20.20.2', true],
    ['22.12.0', false],
    ['22.13.0', true],
    ['23.11.0', false],
    ['24.0.0', true],
    ['26.1.0', true],
  ])('Node %s is accepted: %s', (version, accepted) => {
    expect(satisfies(version, ourRange)).toBe(accepted);
  });

  it('refuses a range it cannot read rather than guess', () => {
    expect(() => satisfies('20.19.0', '~20.19')).toThrow(/Unsupported Node range/);
  });

  // The lowest version of each accepted line must be one every tool of the build and the tests
  // declares support for. wxt alone declares 22 or later, yet builds and tests on Node 20.19+:
  // the CI runs on Node 20, so `npm test` itself is that check.
  const lowestAccepted = ourRange.split('||').map((part) => part.trim().replace(/^\^|^>=/, ''));
  it.each(['vite', 'rolldown', 'vitest', 'eslint', '@playwright/test', 'web-ext', 'typescript'])(
    '%s supports the lowest Node of every accepted line',
    (name) => {
      for (const version of lowestAccepted)
        expect(satisfies(version, declaredRange(name))).toBe(true);
    },
  );
});
