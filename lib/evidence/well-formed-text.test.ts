import { canonicalJson } from './canonical-json';
import { withWellFormedText } from './well-formed-text';

describe('withWellFormedText', () => {
  it('replaces each half of a character with U+FFFD and names the field', () => {
    const page = { title: 'Live 😡', post: { text: 'cut here \uD83D', tags: ['ok', '\uDE21x'] } };
    const { value, repairedFields } = withWellFormedText(page);
    expect(value).toEqual({
      title: 'Live 😡',
      post: { text: 'cut here \uFFFD', tags: ['ok', '\uFFFDx'] },
    });
    expect(repairedFields).toEqual(['post.text', 'post.tags[1]']);
    expect(() => canonicalJson(value)).not.toThrow();
  });

  it('leaves well-formed text, numbers and booleans as they are', () => {
    const page = { title: 'é 😡 \u2028', ratio: 1.25, shown: true, none: null };
    expect(withWellFormedText(page)).toEqual({ value: page, repairedFields: [] });
  });
});
