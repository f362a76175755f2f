/**
 * Where a platform would show a picture or a video: a plain box with words. The practice
 * feed shows no picture of anyone, and never one of a child.
 */
export function Placeholder({ text, tall = false }: { text: string; tall?: boolean }) {
  return (
    <div class={tall ? 'placeholder tall' : 'placeholder'} data-placeholder>
      {text}
    </div>
  );
}

/** An invented person's picture: their initials on a colour, drawn, never a photo. */
export function avatarPicture(name: string): string {
  const initials = name
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
  const hue = [...name].reduce((sum, character) => sum + character.charCodeAt(0), 0) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="32" fill="hsl(${hue},45%,35%)"/><text x="32" y="41" font-family="sans-serif" font-size="24" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
