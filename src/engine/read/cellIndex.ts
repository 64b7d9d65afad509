/**
 * Raw cell value → int, for the readers' per-value caches (customer IDs, order numbers, products).
 *
 * Why not a Map: on 1M lines with ~560k distinct order numbers, a Map's growth (each step rehashes
 * every entry into a new heap table) and its chained entries made the order lookup 40 % of reading.
 * Here: open addressing in one Int32Array of (hash, value) pairs, grown from the stored hashes without
 * touching the keys; a hit costs a hash, one probe and one key compare. Keys compare with ===, as the
 * caller's cells do; NaN is never stored (it equals nothing).
 */
import { keepShape } from "../stats/keepShape";
import { emptyTagged } from "../stats/scratch";

export const MISSING = -2147483648;

const EMPTY = 0;
/** Number hashing reads the double's bits through these. */
const f64 = new Float64Array(1);
const i32 = new Int32Array(f64.buffer);

function stringHash(s: string): number {
  let h = 0x811c9dc5; // FNV-1a over UTF-16 code units
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0; // int32, as the table stores it (the seed alone, for "", is not)
}

function numberHash(v: number): number {
  if ((v | 0) === v) return Math.imul(v ^ 0x5bd1e995, 0x9e3779b1);
  f64[0] = v;
  return Math.imul((i32[0] as number) ^ Math.imul(i32[1] as number, 0x85ebca6b), 0x9e3779b1);
}

export class CellIndex {
  /** slot s: [2s] = key number + 1 (0 = empty), [2s + 1] = the key's hash. */
  private slots: Int32Array;
  private values: Int32Array;
  private mask: number;
  private readonly keys = emptyTagged<string | number | boolean>(); // see stats/scratch.ts
  /** Where the last get() ended (its key, hash, slot), so that set() of a key just missed skips a
   *  second hash and probe: every new order number is a get() then a set(). */
  private lastKey: string | number | boolean | undefined = undefined;
  private lastHash = 0;
  private lastSlot = 0;

  constructor(expected = 1024) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    this.values = new Int32Array((cap * 3) >> 2); // as many keys as fit before a regrowth
    this.mask = cap - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The value stored for `key`, or MISSING. */
  get(key: string | number | boolean): number {
    const h = hashOf(key);
    const slots = this.slots;
    this.lastKey = key;
    this.lastHash = h;
    for (let p = h & this.mask; ; p = (p + 1) & this.mask) {
      const k = slots[2 * p] as number;
      this.lastSlot = p;
      if (k === EMPTY) return MISSING;
      if (slots[2 * p + 1] === h && this.keys[k - 1] === key) return this.values[k - 1] as number;
    }
  }

  /** Stores (or replaces) the value of `key`. */
  set(key: string | number | boolean, value: number): void {
    if (key !== key) return;
    const slots = this.slots;
    const memo = key === this.lastKey;
    this.lastKey = undefined;
    const h = memo ? this.lastHash : hashOf(key);
    let p = memo ? this.lastSlot : h & this.mask;
    for (; ; p = (p + 1) & this.mask) {
      const k = slots[2 * p] as number;
      if (k === EMPTY) break;
      if (slots[2 * p + 1] === h && this.keys[k - 1] === key) {
        this.values[k - 1] = value;
        return;
      }
    }
    const n = this.keys.length;
    if (n >= this.values.length) this.values = grown(this.values);
    this.keys.push(key);
    this.values[n] = value;
    slots[2 * p] = n + 1;
    slots[2 * p + 1] = h;
    // Grown past 3/4 full, not 1/2: with the hash beside the key a longer probe stays in a cache line or
    // two, and on 1M lines the order cache (~560k keys, sized for 500k) then skips a 16 MB regrowth;
    // every MB of typed arrays counts towards V8's next major GC (a full mark of the input rows).
    if ((n + 1) * 4 > (this.mask + 1) * 3) this.rehash();
  }

  private rehash(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    const slots = new Int32Array(cap * 2);
    const mask = cap - 1;
    for (let s = 0; s < old.length; s += 2) {
      const k = old[s] as number;
      if (k === EMPTY) continue;
      const h = old[s + 1] as number;
      let p = h & mask;
      while (slots[2 * p] !== EMPTY) p = (p + 1) & mask;
      slots[2 * p] = k;
      slots[2 * p + 1] = h;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

function hashOf(key: string | number | boolean): number {
  if (typeof key === "string") return stringHash(key);
  if (typeof key === "number") return numberHash(key);
  return key ? 0x2545f491 : 0x4f1bbcdd;
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

// One instance lives on, so that its map and the code optimised for it outlive a run (keepShape.ts).
keepShape(new CellIndex(0));
