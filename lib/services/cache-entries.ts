/**
 * What the in-process caches (report-cache.ts, findings-cache.ts, county-cache.ts) share: entries
 * are deep-frozen (every reader gets the same object, so nothing may change it) and the bounded
 * ones drop their least recently used entry first.
 */

/** Freezes `value` and everything reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Sets `key` as the most recently used entry of `entries`, dropping the oldest beyond `max`. */
export function rememberRecent<K, V>(entries: Map<K, V>, key: K, value: V, max: number): void {
  entries.delete(key);
  entries.set(key, value);
  while (entries.size > max) {
    const oldest = entries.keys().next();
    if (oldest.done) break;
    entries.delete(oldest.value);
  }
}
