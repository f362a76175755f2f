import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is loaded the first time it is drawn, so a page's first screen does
 * not wait for it. It draws nothing until then (a few milliseconds, from the extension).
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | undefined>(() => loaded);
    useEffect(() => {
      if (component) return;
      pending ??= load().then((ready) => (loaded = ready));
      void pending.then((ready) => setComponent(() => ready));
    }, []);
    return component ? h(component, props) : null;
  };
}
