/** Deep copy and deep freeze of JSON-like values (the engine has no structuredClone in its lib). */
export function cloneJson<T>(v: T): T {
  if (Array.isArray(v)) return v.map((x: unknown) => cloneJson(x)) as T;
  if (typeof v === "object" && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) setOwn(out, k, cloneJson(x));
    return out as T;
  }
  return v;
}

/**
 * `o[k] = v` that also works for the key "__proto__" (an industry alias text is user data and may be
 * anything): a plain assignment would replace the object's prototype instead of adding the key.
 */
export function setOwn(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === "__proto__")
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}

export function deepFreeze<T>(v: T): Readonly<T> {
  if (typeof v === "object" && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}
