import { useEffect, useState } from 'preact/hooks';

/**
 * Object URLs for blobs, revoked when the blobs change or the component goes away. A key
 * without a blob (a capture with no post crop) gets no URL: the other pictures still get theirs.
 */
export function useObjectUrls<K extends string>(blobs: Partial<Record<K, Blob>> | undefined) {
  const [urls, setUrls] = useState<Partial<Record<K, string>>>({});
  useEffect(() => {
    if (!blobs) return;
    const made = Object.fromEntries(
      Object.entries(blobs).flatMap(([key, blob]) =>
        blob instanceof Blob ? [[key, URL.createObjectURL(blob)]] : [],
      ),
    ) as Partial<Record<K, string>>;
    setUrls(made);
    return () => Object.values(made).forEach((url) => URL.revokeObjectURL(url as string));
  }, [blobs]);
  return urls;
}
