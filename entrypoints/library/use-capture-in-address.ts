import { useEffect, useState } from 'preact/hooks';

const captureIn = (hash: string) => new URLSearchParams(hash.slice(1)).get('capture');

/**
 * The capture opened in the library, kept in the address (`#capture=<id>`): the confirmation's
 * « Voir » opens the library there, or sends an open library there.
 */
export function useCaptureInAddress(): [string | null, (id: string | null) => void] {
  const [openId, setOpenId] = useState<string | null>(() => captureIn(location.hash));
  useEffect(() => {
    const follow = () => setOpenId(captureIn(location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return [
    openId,
    (id) => {
      history.replaceState(null, '', id ? `#capture=${encodeURIComponent(id)}` : location.pathname);
      setOpenId(id);
    },
  ];
}
