import { useEffect, useState } from 'preact/hooks';

const PARAMETER = 'projector';

/**
 * Projector mode for the practice pages: large type and strong contrast for the back of a
 * classroom. It lives in the page's address (and so in a bookmark or a link between practice
 * pages), never in storage: nothing is kept about a class.
 */
export function useProjectorMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => new URLSearchParams(location.search).has(PARAMETER));
  useEffect(() => {
    document.documentElement.classList.toggle('projector', on);
    const address = new URL(location.href);
    if (on) address.searchParams.set(PARAMETER, '1');
    else address.searchParams.delete(PARAMETER);
    history.replaceState(history.state, '', address);
  }, [on]);
  return [on, setOn];
}

/** A practice page's address, carrying projector mode along when it is on. */
export function practicePageUrl(page: string, projector: boolean, hash = ''): string {
  const address = new URL(page, location.href);
  if (projector) address.searchParams.set(PARAMETER, '1');
  address.hash = hash;
  return address.href;
}
