// @vitest-environment happy-dom
import { parse } from '../validation/zod-mini';
import { loadFixtures } from '../../tests/unit/site-fixtures';
import { extractPost } from './extract-post';
import { postDetailsSchema } from './post-details';

const MUTATED_DOCUMENTS = 1200;
const NOW = new Date('2026-11-22T10:30:00.000Z');

/** A small seeded generator, so a failure can be replayed exactly. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (document: Document, pick: <T>(items: T[]) => T | undefined) => void;

const MUTATIONS: Record<string, Mutation> = {
  'remove an attribute': (document, pick) => {
    const element = pick(
      Array.from(
        document.querySelectorAll('[class], [data-testid], [href], [id], [role], [datetime]'),
      ),
    );
    const attribute = element && pick(Array.from(element.attributes));
    if (element && attribute) element.removeAttribute(attribute.name);
  },
  'rename an attribute': (document, pick) => {
    const element = pick(Array.from(document.querySelectorAll('*')));
    const attribute = element && pick(Array.from(element.attributes));
    if (!element || !attribute) return;
    element.removeAttribute(attribute.name);
    element.setAttribute(`x-${attribute.name}`, attribute.value);
  },
  'change an attribute value': (document, pick) => {
    const element = pick(
      Array.from(document.querySelectorAll('[href], [datetime], [data-testid]')),
    );
    const attribute = element && pick(Array.from(element.attributes));
    if (element && attribute)
      element.setAttribute(
        attribute.name,
        pick(['', '::', 'not-a-date', '/', 'javascript:void(0)'])!,
      );
  },
  'shuffle children': (document, pick) => {
    const parent = pick(
      Array.from(document.querySelectorAll('*')).filter((element) => element.children.length > 1),
    );
    if (!parent) return;
    const children = Array.from(parent.children);
    for (const child of children.sort(() => (pick([true, false]) ? 1 : -1))) parent.append(child);
  },
  'drop a node': (document, pick) => {
    const element = pick(Array.from(document.body?.querySelectorAll('*') ?? []));
    element?.remove();
  },
  'empty a text': (document, pick) => {
    const element = pick(Array.from(document.querySelectorAll('span, time, a, p, div')));
    if (element) element.textContent = pick(['', ' ', '\u00a0', '🤡', 'il y a']) ?? '';
  },
};

describe('extractors on mangled markup', () => {
  const fixtures = loadFixtures();
  const originals = fixtures.map((fixture) =>
    new DOMParser().parseFromString(fixture.html, 'text/html'),
  );
  // What each post gives unmangled, to tell whether a mutation changed anything.
  const unmangled = fixtures.map((fixture, index) =>
    fixture.posts.map((post) => {
      const document = originals[index]!;
      const target = document.querySelector(post.target);
      const read = target && extractPost(target, { document, url: new URL(fixture.url), now: NOW });
      return JSON.stringify(read?.details ?? null);
    }),
  );

  it(`never throw, and give valid details, on ${MUTATED_DOCUMENTS} mutated fixtures`, () => {
    const next = random(20261122);
    const pick = <T>(items: T[]): T | undefined => items[Math.floor(next() * items.length)];
    const names = Object.keys(MUTATIONS);
    let changed = 0;
    let extracted = 0;
    for (let run = 0; run < MUTATED_DOCUMENTS; run += 1) {
      const index = run % fixtures.length;
      const fixture = fixtures[index]!;
      const document = originals[index]!.cloneNode(true) as Document;
      const applied: string[] = [];
      for (let count = 1 + Math.floor(next() * 6); count > 0; count -= 1) {
        const name = pick(names)!;
        MUTATIONS[name]!(document, pick);
        applied.push(name);
      }
      const post = pick(fixture.posts)!;
      const original = unmangled[index]![fixture.posts.indexOf(post)];
      const target =
        document.querySelector(post.target) ??
        pick(Array.from(document.body?.querySelectorAll('*') ?? []));
      if (!target) continue;
      const context = `run ${run}: ${fixture.platform}/${fixture.name} after ${applied.join(', ')}`;
      let result: ReturnType<typeof extractPost> = null;
      expect(() => {
        result = extractPost(target, { document, url: new URL(fixture.url), now: NOW });
      }, context).not.toThrow();
      if (!result) continue;
      const { details } = result as NonNullable<ReturnType<typeof extractPost>>;
      expect(() => parse(postDetailsSchema, details), context).not.toThrow();
      extracted += 1;
      if (JSON.stringify(details) !== original) changed += 1;
    }
    // The mutations must bite: many posts come out different from their unmangled reading.
    expect(extracted).toBeGreaterThan(MUTATED_DOCUMENTS / 4);
    expect(changed).toBeGreaterThan(MUTATED_DOCUMENTS / 10);
  }, 120_000);
});
