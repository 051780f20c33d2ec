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
  // Built field by field, plain fields by assignment: Object.defineProperties puts the copy in V8's
  // dictionary mode, some 400 bytes more for each of a 10,000-CV run's candidates.
  const copy: Record<PropertyKey, unknown> = {};
  const descriptors = Object.getOwnPropertyDescriptors(base) as Record<PropertyKey, PropertyDescriptor>;
  const changed = changes as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(descriptors)) {
    const descriptor = descriptors[key]!;
    if (Object.hasOwn(changed, key)) setPlain(copy, key, changed[key]);
    else if (isPlain(descriptor)) setPlain(copy, key, descriptor.value);
    else Object.defineProperty(copy, key, descriptor);
  }
  for (const key of Object.keys(changed)) {
    if (!Object.hasOwn(descriptors, key)) setPlain(copy, key, changed[key]);
  }
  return copy as T;
}

function isPlain(descriptor: PropertyDescriptor): boolean {
  return (
    'value' in descriptor &&
    descriptor.enumerable === true &&
    descriptor.writable === true &&
    descriptor.configurable === true
  );
}

function setPlain(target: Record<PropertyKey, unknown>, key: PropertyKey, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * `target` with the given fields computed when read (and kept among the few values read last), as
 * ordinary enumerable fields: JSON.stringify, structured clone (worker threads) and Object.entries
 * all see plain values. Returns `target`.
 */
export function defineLazy<T extends object>(target: T, fields: { [K in keyof T]?: () => T[K] }): T {
  // One getter per field name, shared by every object, reading the object's own loader: a getter made
  // for each object would give each its own hidden class, and V8 then keeps every candidate of a
  // large run as a dictionary (some 400 bytes more each).
  const own = (target as { [LOADERS]?: Loaders })[LOADERS];
  const loaders: Loaders = Object.assign(Object.create(null) as Loaders, own, fields);
  Object.defineProperty(target, LOADERS, { value: loaders, enumerable: false, configurable: true });
  for (const key of Object.keys(fields)) {
    Object.defineProperty(target, key, { get: sharedGetter(key), enumerable: true, configurable: true });
  }
  return target;
}

type Loaders = Record<string, () => unknown>;

/** Where an object made by defineLazy keeps its fields' loaders (a hidden field; derive copies it). */
const LOADERS = Symbol('lazy fields');

const getters = new Map<string, () => unknown>();

function sharedGetter(key: string): () => unknown {
  let getter = getters.get(key);
  if (!getter) {
    getter = function (this: { [LOADERS]: Loaders }) {
      const load = this[LOADERS][key]!;
      return remembered(load, load);
    };
    getters.set(key, getter);
  }
  return getter;
}

/** Whether `target[key]` is a field computed when read (see defineLazy). */
export function isLazy(target: object, key: string): boolean {
  return Object.getOwnPropertyDescriptor(target, key)?.get !== undefined;
}
