/** The attribute on a practice scene that gives the address its page would have on the platform. */
export const SCENE_ADDRESS = 'data-practice-address';

/**
 * The platform address of the scene holding an element, for the page agent of the practice
 * page: the platform's own extractor then reads the post as it would on the site.
 */
export function practiceSiteOf(target: Element): URL | undefined {
  const address = target.closest(`[${SCENE_ADDRESS}]`)?.getAttribute(SCENE_ADDRESS);
  if (!address?.startsWith('https://')) return undefined;
  try {
    return new URL(address);
  } catch {
    return undefined;
  }
}
