/**
 * A Preact binding for a zustand vanilla store. zustand's React entry pulls in preact/compat (~8 KB
 * minified) for useSyncExternalStore; our pages need only this: read, subscribe, re-render on change.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

export function useStore<S, T>(store: StoreApi<S>, select: (state: S) => T): T {
  const [value, setValue] = useState(() => select(store.getState()));
  // Subscribed as the component commits, not after the next frame (useEffect waits for a frame, or 35 ms
  // where frames don't come): the popup's answer arriving in between waited for that frame (issue 19).
  useLayoutEffect(() => {
    // Always the updater form: a selected value may itself be a function (an action), which setValue
    // would otherwise call as an updater.
    setValue(() => select(store.getState())); // a change between the first render and this effect
    return store.subscribe((state) => setValue(() => select(state)));
  }, [store]);
  return value;
}
