/** Smaller than this, what is left after clipping cannot be seen. */
const MIN_SIZE = 2;

/** A CSS length of `inset()` in pixels: `px` or a percentage of the side it applies to. */
function lengthOf(token: string, side: number): number {
  if (token.endsWith('%')) return (Number.parseFloat(token) / 100) * side;
  return Number.parseFloat(token) || 0;
}

/**
 * Whether a `clip-path` leaves nothing to see: `inset()` that meets in the middle, or a circle
 * or ellipse of no radius (the "visually hidden" idioms). Other shapes are taken as visible.
 */
export function clipPathHides(clipPath: string | undefined, box: DOMRect): boolean {
  if (!clipPath || clipPath === 'none') return false;
  const inset = /^inset\(([^)]*)\)/.exec(clipPath);
  if (inset) {
    const tokens = inset[1]!
      .split(/\s+round\s+/)[0]!
      .trim()
      .split(/\s+/);
    const [top = '0', right = top, bottom = top, left = right] = tokens;
    const width = box.width - lengthOf(left, box.width) - lengthOf(right, box.width);
    const height = box.height - lengthOf(top, box.height) - lengthOf(bottom, box.height);
    return width < MIN_SIZE || height < MIN_SIZE;
  }
  const round = /^(?:circle|ellipse)\(\s*([\d.]+)(?:px|%)?(?:\s+([\d.]+)(?:px|%)?)?/.exec(clipPath);
  return Boolean(round && (Number(round[1]) === 0 || Number(round[2] ?? 1) === 0));
}

/**
 * Whether the old `clip: rect(top, right, bottom, left)` of a positioned element leaves nothing
 * to see; it applies to absolutely positioned elements only.
 */
export function clipHides(style: CSSStyleDeclaration, box: DOMRect): boolean {
  if (!['absolute', 'fixed'].includes(style.position)) return false;
  const rect = /^rect\(([^)]*)\)/.exec(style.clip ?? '');
  if (!rect) return false;
  const edges = rect[1]!.split(/[\s,]+/).filter(Boolean);
  const [top, right, bottom, left] = edges.map((edge, index) =>
    edge === 'auto' ? [0, box.width, box.height, 0][index]! : Number.parseFloat(edge),
  );
  return right! - left! < MIN_SIZE || bottom! - top! < MIN_SIZE;
}
