/**
 * Parses the argument of `load()` the way Office.js does: "a, b/c" strings, string arrays,
 * `{ select, expand, top, skip }`, or the typed form `{ values: true, format: { font: { bold: true } }, $all: true }`.
 * A path "format/font/bold" loads `bold` on the `format.font` navigation object; a navigation
 * name alone loads all its scalar properties; on a collection, a name that is not the
 * collection's own property applies to its items ("name" ≡ "items/name").
 */

export interface LoadSpec {
  /** Scalar names to load; "all" loads every scalar. */
  scalars: Set<string> | "all";
  /** Navigation (or "items") name → what to load on it. */
  navs: Map<string, LoadSpec>;
  top?: number;
  skip?: number;
}

export function emptySpec(): LoadSpec {
  return { scalars: new Set(), navs: new Map() };
}

export function allSpec(): LoadSpec {
  return { scalars: "all", navs: new Map() };
}

function addPath(spec: LoadSpec, path: string[]): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) {
    if (spec.scalars !== "all") spec.scalars.add(head);
    // a bare navigation name is resolved later (the object knows its navs)
    return;
  }
  let child = spec.navs.get(head);
  if (!child) {
    child = emptySpec();
    spec.navs.set(head, child);
  }
  addPath(child, rest);
}

function names(x: string | string[] | undefined): string[] {
  if (x === undefined) return [];
  const arr = Array.isArray(x) ? x : x.split(",");
  return arr.map((s) => s.trim()).filter((s) => s.length > 0);
}

function fromTyped(spec: LoadSpec, o: Record<string, unknown>, prefix: string[]): void {
  for (const [k, v] of Object.entries(o)) {
    if (k === "$all") {
      if (v === true) {
        if (prefix.length === 0) spec.scalars = "all";
        else {
          let s = spec;
          for (const p of prefix) {
            let c = s.navs.get(p);
            if (!c) {
              c = emptySpec();
              s.navs.set(p, c);
            }
            s = c;
          }
          s.scalars = "all";
        }
      }
      continue;
    }
    if (k === "$top" || k === "$skip") continue;
    if (v === true) addPath(spec, [...prefix, k]);
    else if (v && typeof v === "object") fromTyped(spec, v as Record<string, unknown>, [...prefix, k]);
  }
}

export function parseLoadOption(option: unknown): LoadSpec {
  if (option === undefined || option === null) return allSpec();
  const spec = emptySpec();
  if (typeof option === "string" || Array.isArray(option)) {
    const ns = names(option as string | string[]);
    if (ns.length === 0) return allSpec();
    for (const n of ns)
      addPath(
        spec,
        n.split("/").map((s) => s.trim()),
      );
    return spec;
  }
  if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o || "top" in o || "skip" in o) {
      const sel = names(o.select as string | string[] | undefined);
      const exp = names(o.expand as string | string[] | undefined);
      if (sel.length === 0 && exp.length === 0) spec.scalars = "all";
      for (const n of sel) addPath(spec, n.split("/"));
      for (const n of exp) {
        const parts = n.split("/");
        let s = spec;
        for (const p of parts) {
          let c = s.navs.get(p);
          if (!c) {
            c = allSpec();
            s.navs.set(p, c);
          }
          s = c;
        }
      }
      if (typeof o.top === "number") spec.top = o.top;
      if (typeof o.skip === "number") spec.skip = o.skip;
      return spec;
    }
    fromTyped(spec, o, []);
    if (typeof o.$top === "number") spec.top = o.$top;
    if (typeof o.$skip === "number") spec.skip = o.$skip;
    if (spec.scalars !== "all" && spec.scalars.size === 0 && spec.navs.size === 0) return allSpec();
    return spec;
  }
  return allSpec();
}
