/**
 * Keeps one small instance of a per-run class alive for the life of the module.
 *
 * Why: V8's optimised code checks the hidden class ("map") of the objects it handles and holds those
 * maps weakly. A class instance's map is made by adding its fields in the constructor, and lives only
 * while some object has it. A classification makes its readers' caches, builders and issue groups anew
 * and drops them all at the end, so the next GC freed their maps and threw away every function optimised
 * for them (`--trace-deopt`: "weak objects"): each later run started cold. At 10k customers / 100k lines
 * that cold start was about half of reading. One live instance keeps the map, and the code, for the next
 * run. It must be made by the same constructor as the real ones, with small sizes.
 */
const kept: object[] = [];

export function keepShape<T extends object>(instance: T): T {
  kept.push(instance);
  return instance;
}
