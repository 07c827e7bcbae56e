import { useLayoutEffect, useState } from "preact/hooks";

/** A value that components can watch; the whole app state is a handful of these. */
export interface Store<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useStore<T>(store: Store<T>): T {
  const [, setTick] = useState(0);
  const rendered = store.get();
  // A layout effect subscribes right after the commit, before any child's useEffect can
  // change the store; a change that still slipped in between is caught by the comparison.
  useLayoutEffect(() => {
    const rerender = () => setTick((n) => n + 1);
    const unsubscribe = store.subscribe(rerender);
    if (!Object.is(rendered, store.get())) rerender();
    return unsubscribe;
  }, [store]);
  return rendered;
}
