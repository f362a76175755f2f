import { isRightToLeft, visualRuns } from './bidi-runs';

/** Face 1 for Arabic letters, 2 for emoji, 0 for the rest; the previous face kept for spaces. */
const faceOf = (code: number, previous: number | undefined) => {
  if (code >= 0x0600 && code <= 0x06ff) return 1;
  if (code >= 0x1f300) return 2;
  return code === 0x20 && previous !== undefined ? previous : 0;
};

const shown = (line: string) =>
  visualRuns(line, faceOf).map((run) => `${run.rtl ? '<' : '>'}${run.face}:${run.text}`);

describe('runs in the order they are drawn', () => {
  it.each([
    ['Latin alone', 'Bonjour à tous', ['>0:Bonjour à tous']],
    ['an emoji inside Latin', 'fin 😡 ok', ['>0:fin ', '>2:😡 ', '>0:ok']],
    [
      'Arabic inside a French line',
      'dit مرحبا بكم puis',
      ['>0:dit ', '<1:مرحبا بكم', '>1: ', '>0:puis'],
    ],
    ['an Arabic line with a number', 'عمري 25 سنة', ['<1:سنة', '<0: ', '>0:25', '<1:عمري ']],
    ['a family emoji joined as one', '👨\u200D👩', ['>2:👨\u200D👩']],
  ])('%s', (_, line, runs) => expect(shown(line)).toEqual(runs));

  it.each([
    ['مرحبا Bonjour', true],
    ['Bonjour مرحبا', false],
    ['123 😡', false],
  ])('reads « %s » right to left: %s', (line, rtl) => expect(isRightToLeft(line)).toBe(rtl));
});
