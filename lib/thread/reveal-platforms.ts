/** The platforms where « Révéler tout avant de capturer » knows the buttons to click. */
export const REVEAL_PLATFORMS = ['x', 'instagram', 'facebook', 'youtube', 'reddit'] as const;
export type RevealPlatform = (typeof REVEAL_PLATFORMS)[number];

export function isRevealPlatform(platform: string): platform is RevealPlatform {
  return (REVEAL_PLATFORMS as readonly string[]).includes(platform);
}
