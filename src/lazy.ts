// Objects with fields loaded on demand: a large run's candidates read their reading and assessment
// back from disk (pipeline/spill.ts) when a writer asks, instead of holding them all in memory.

/**
 * The values lazy fields loaded last, by field: a writer reads one candidate's fields several times
 * in a row, and each read should not load the record again. Small, so memory stays flat.
 */
const recent = new Map<object, unknown>();
const RECENT = 64;

export function remembered<T>(key: object, load: () => T): T {
  if (recent.has(key)) return recent.get(key) as T;
  const value = load();
  recent.set(key, value);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return value;
}

/**
 * A copy of `base` with `changes` applied, as `{ ...base, ...changes }`, except that fields loaded on
 * demand stay on demand (spreading would load them, and keep what they loaded).
 */
export function derive<T extends object>(base: T, changes: Partial<T> = {}): T {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(base)) as T;
  for (const [key, value] of Object.entries(changes)) {
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/**
 * `target` with the given fields computed when read (and kept among the few values read last), as
 * ordinary enumerable fields: JSON.stringify, structured clone (worker threads) and Object.entries
 * all see plain values. Returns `target`.
 */
export function defineLazy<T extends object>(target: T, fields: { [K in keyof T]?: () => T[K] }): T {
  for (const [key, load] of Object.entries(fields) as [string, () => unknown][]) {
    const slot = {};
    Object.defineProperty(target, key, {
      get: () => remembered(slot, load),
      enumerable: true,
      configurable: true,
    });
  }
  return target;
}

/** Whether `target[key]` is a field computed when read (see defineLazy). */
export function isLazy(target: object, key: string): boolean {
  return Object.getOwnPropertyDescriptor(target, key)?.get !== undefined;
}
