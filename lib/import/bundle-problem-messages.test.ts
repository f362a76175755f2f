import { problemMessages } from './bundle-problem-messages';

describe('problemMessages', () => {
  it.each(Object.entries(problemMessages))('explains %s in French and English', (_, message) => {
    const { fr, en } = message({ path: 'captures/x/custody.jsonl', entry: 3, line: 4, found: 'y' });
    expect(fr).toMatch(/[.!]$/);
    expect(en).toMatch(/[.!]$/);
    expect(fr).not.toBe(en);
    expect(`${fr} ${en}`).not.toMatch(/undefined/);
  });
});
