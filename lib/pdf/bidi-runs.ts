/**
 * Splits a line of text into runs drawn with one font and one direction, in the order they
 * appear on the page. A simplified Unicode bidirectional algorithm, with two levels: the line's
 * direction is that of its first strong letter; Arabic, Hebrew and their neighbours run right
 * to left, other letters and digits left to right, and spaces, punctuation and emoji take the
 * direction of the letters around them.
 */
export interface TextRun {
  text: string;
  /** Which font draws it: an index the caller chose. */
  face: number;
  rtl: boolean;
}

type Direction = 'rtl' | 'ltr' | 'neutral';

const RIGHT_TO_LEFT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LEFT_TO_RIGHT = /[\p{L}\p{Nd}]/u;
/** Characters that belong to the one before, besides marks: joiners, variation selectors, skin tones, tags. */
const EXTENDING_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x200c, 0x200d],
  [0xfe00, 0xfe0f],
  [0x1f3fb, 0x1f3ff],
  [0xe0020, 0xe007f],
];

/** Whether a character is drawn with the one before it, never on its own. */
export function extendsPrevious(character: string): boolean {
  const code = character.codePointAt(0)!;
  return (
    /\p{M}/u.test(character) ||
    EXTENDING_RANGES.some(([first, last]) => code >= first && code <= last)
  );
}

function directionOf(character: string): Direction {
  if (RIGHT_TO_LEFT.test(character) && /[\p{L}\p{M}]/u.test(character)) return 'rtl';
  if (LEFT_TO_RIGHT.test(character)) return 'ltr';
  return 'neutral';
}

/** Whether a line reads right to left: its first strong letter is Arabic or Hebrew. */
export function isRightToLeft(line: string): boolean {
  for (const character of line) {
    const direction = directionOf(character);
    if (direction !== 'neutral') return direction === 'rtl';
  }
  return false;
}

/**
 * The runs of a line in visual order, left to right on the page. Each run's text stays in
 * reading order: a right-to-left run is shaped and reversed by the font engine. `faceOf`
 * picks a font for a character, preferring the one before it so spaces stay in their run.
 */
export function visualRuns(
  line: string,
  faceOf: (codePoint: number, previousFace: number | undefined) => number,
): TextRun[] {
  const characters = [...line];
  const base: Direction = isRightToLeft(line) ? 'rtl' : 'ltr';
  const directions: Direction[] = [];
  const faces: number[] = [];
  characters.forEach((character, index) => {
    const extending = index > 0 && extendsPrevious(character);
    directions.push(extending ? directions[index - 1]! : directionOf(character));
    faces.push(extending ? faces[index - 1]! : faceOf(character.codePointAt(0)!, faces[index - 1]));
  });
  // A neutral takes the direction of the strong letters on both sides when they agree.
  const after: Direction[] = [];
  let next: Direction = base;
  for (let index = directions.length - 1; index >= 0; index -= 1) {
    after[index] = next;
    if (directions[index] !== 'neutral') next = directions[index]!;
  }
  let before: Direction = base;
  const resolved = directions.map((direction, index) => {
    if (direction !== 'neutral') return (before = direction);
    return before === after[index] ? before : base;
  });
  const runs: TextRun[] = [];
  characters.forEach((character, index) => {
    const rtl = resolved[index] === 'rtl';
    const last = runs[runs.length - 1];
    if (last && last.face === faces[index] && last.rtl === rtl) last.text += character;
    else runs.push({ text: character, face: faces[index]!, rtl });
  });
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const group = groups[groups.length - 1];
    if (group && group[0]!.rtl === run.rtl) group.push(run);
    else groups.push([run]);
  }
  const ordered = groups.map((group) => (group[0]!.rtl ? group.reverse() : group));
  return (base === 'rtl' ? ordered.reverse() : ordered).flat();
}
