/**
 * Keeps one small object of a per-run shape alive for the life of the module.
 *
 * Why: V8's optimised code checks the hidden class ("map") of the objects it handles and holds those
 * maps weakly. A map made by adding fields one by one (a class constructor, a copy built key by key)
 * lives only while some object has it. A classification makes its caches, builders, issue groups,
 * merged standard and line columns anew and drops them all at the end, so the next GC freed their maps
 * and threw away every function optimised for them (`--trace-deopt`: "weak objects", "code
 * dependencies"): each later run started cold. One live object of each shape keeps the map, and the
 * code, for the next run. It must be made the same way as the real ones (same constructor or function),
 * with small sizes. Measured in the commits that use it (bench child, runs after the first few).
 */
const kept: object[] = [];

export function keepShape<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
