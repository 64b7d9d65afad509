/**
 * A CellIndex with a fast path for keys met in increasing order: order numbers.
 *
 * Why: exports list invoices in number order (SO00001, SO00002, …; 536365, 536366, …), so nearly every
 * order number the reader has not seen is larger than every one it has. Such a key is kept in a sorted
 * run — an append, no hash and no probe of a table far larger than the cache — and a key larger than
 * its run's last is known to be new without a lookup. On 1M synthetic lines the order lookups were
 * about half of CellIndex's time, each a cache miss in a 1M-slot table.
 * Strings and numbers have a run each (they never compare equal); other keys, and keys at or below
 * their run's end (a refund series, a second invoice range), use the CellIndex. When such keys are
 * common (an export sorted by customer), the runs go into the CellIndex and the fast path stops.
 * Keys compare with === (a string's run is in UTF-16 code unit order, that of < and >).
 */
import { CellIndex, MISSING } from "./cellIndex";
import { keepShape } from "../stats/keepShape";
import { emptyDoubles, emptyTagged } from "../stats/scratch";

/** Keys looked up at or below their run's end, before the runs give way: at least this many… */
const BEHIND_MIN = 64;
/** …and more than one per this many keys in the runs. */
const BEHIND_RATIO = 8;

export class RunIndex {
  private readonly index: CellIndex;
  private readonly strKeys = emptyTagged<string>(); // see stats/scratch.ts
  private readonly strValues: number[] = [];
  private readonly numKeys = emptyDoubles();
  private readonly numValues: number[] = [];
  private runs = true;
  private behind = 0;

  constructor(expected = 1024) {
    this.index = new CellIndex(expected);
  }

  /** The value stored for `key`, or MISSING. */
  get(key: string | number | boolean): number {
    if (this.runs) {
      if (typeof key === "string") {
        const keys = this.strKeys;
        const n = keys.length;
        if (n === 0 || key > (keys[n - 1] as string)) return MISSING;
        const at = search(keys, key);
        if (at >= 0) return this.strValues[at] as number;
        this.noteBehind();
      } else if (typeof key === "number") {
        const keys = this.numKeys;
        const n = keys.length;
        if (key === key && (n === 0 || key > (keys[n - 1] as number))) return MISSING;
        const at = search(keys, key);
        if (at >= 0) return this.numValues[at] as number;
        this.noteBehind();
      }
    }
    return this.index.get(key);
  }

  /** Stores (or replaces) the value of `key`; NaN is never stored. */
  set(key: string | number | boolean, value: number): void {
    if (this.runs) {
      if (typeof key === "string") {
        const keys = this.strKeys;
        const n = keys.length;
        if (n === 0 || key > (keys[n - 1] as string)) {
          keys.push(key);
          this.strValues.push(value);
          return;
        }
        const at = search(keys, key);
        if (at >= 0) {
          this.strValues[at] = value;
          return;
        }
      } else if (typeof key === "number" && key === key) {
        const keys = this.numKeys;
        const n = keys.length;
        if (n === 0 || key > (keys[n - 1] as number)) {
          keys.push(key);
          this.numValues.push(value);
          return;
        }
        const at = search(keys, key);
        if (at >= 0) {
          this.numValues[at] = value;
          return;
        }
      }
    }
    this.index.set(key, value);
  }

  /** A key at or below its run's end: when they are common, the runs move into the CellIndex. */
  private noteBehind(): void {
    this.behind++;
    if (this.behind < BEHIND_MIN || this.behind * BEHIND_RATIO <= this.strKeys.length + this.numKeys.length) {
      return;
    }
    this.runs = false;
    this.strKeys.forEach((k, i) => this.index.set(k, this.strValues[i] as number));
    this.numKeys.forEach((k, i) => this.index.set(k, this.numValues[i] as number));
    this.strKeys.length = 0;
    this.strValues.length = 0;
    this.numKeys.length = 0;
    this.numValues.length = 0;
  }
}

/** Position of `key` in the strictly increasing `keys`, or -1. */
function search<K extends string | number>(keys: readonly K[], key: K): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = keys[mid] as K;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

// See keepShape.ts.
keepShape(new RunIndex(0));
