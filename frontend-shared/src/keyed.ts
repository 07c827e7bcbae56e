import { useEffect, useState } from "preact/hooks";

/**
 * State that belongs to a key: a page number to its filters, an opened menu to the page it was
 * opened on, a draft to the value it was drafted from. When the key changes, the state reads
 * `initial` in that very render (so no request or frame goes out with the old value), and the
 * stored value is dropped after it, so coming back to an earlier key starts afresh too.
 *
 * Copying `initial` into plain state from an effect on the key would do neither: the stale value
 * shows for one render, and a value set before that effect first ran is undone by it.
 *
 * The setter keeps the key of the render it comes from: a value set for a key that has gone by
 * (a late reply for another organisation) is never read as the new key's.
 */
export function useKeyedState<T>(key: unknown, initial: T): [T, (value: T) => void] {
  const [held, setHeld] = useState<{ key: unknown; value: T }>({ key, value: initial });
  useEffect(() => {
    setHeld((h) => (Object.is(h.key, key) ? h : { key, value: initial }));
    // `initial` matters only when the key changes; a fresh copy of it each render is no change.
  }, [key]);
  return [Object.is(held.key, key) ? held.value : initial, (value: T) => setHeld({ key, value })];
}
