import type { askBackground as AskBackground } from './ask-background';

/**
 * askBackground, loaded on first use: the messages' schemas stay out of a page's first screen
 * when it only asks the background after a click.
 */
export const askBackgroundLater = (async (...args: Parameters<typeof AskBackground>) =>
  (await import('./ask-background')).askBackground(...args)) as typeof AskBackground;
