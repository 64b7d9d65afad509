/**
 * Numeric-aware customer-ID order (product.md: ties broken "by customer ID ascending, numeric-aware").
 *
 * IDs made only of digits (optionally with one decimal part, e.g. "12923", "0042", "7.5") are numbers
 * and come first, compared by value exactly (digit strings, no float rounding even for 20-digit IDs);
 * numerically equal IDs ("7" and "007") and all other IDs compare by their UTF-16 code units
 * (locale-independent, so results do not depend on the machine). This equals sorting a pandas table by an
 * ID column that holds numbers for numeric IDs, which is how the reference (peer) results are produced.
 */
import { radixSortIndex } from "./radixSort";

const NUMERIC_ID = /^(\d+)(?:\.(\d+))?$/;

function textCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compare two digit strings as non-negative integers, exactly. */
function compareDigits(a: string, b: string): number {
  let i = 0;
  while (i < a.length - 1 && a.charCodeAt(i) === 48) i++;
  let j = 0;
  while (j < b.length - 1 && b.charCodeAt(j) === 48) j++;
  const la = a.length - i;
  const lb = b.length - j;
  if (la !== lb) return la - lb;
  return textCompare(a.slice(i), b.slice(j));
}

/** Compare fraction digit strings ("5" vs "50" are equal): pad the shorter with zeros. */
function compareFraction(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return textCompare(a.padEnd(n, "0"), b.padEnd(n, "0"));
}

/**
 * Numeric-aware ID comparison: numeric IDs before text IDs, numbers by value, then text.
 * @example ["10", "9", "A1", "007"].sort(compareIds) // ["007", "9", "10", "A1"]
 */
export function compareIds(a: string, b: string): number {
  const ma = NUMERIC_ID.exec(a);
  const mb = NUMERIC_ID.exec(b);
  if (ma && mb) {
    const c = compareDigits(ma[1] as string, mb[1] as string) || compareFraction(ma[2] ?? "", mb[2] ?? "");
    return c || textCompare(a, b);
  }
  if (ma) return -1;
  if (mb) return 1;
  return textCompare(a, b);
}

/**
 * Position (0-based) of each ID in compareIds order: `order[i] < order[j]` ⇔ ids[i] sorts before ids[j].
 * Lets hot code break ties with one integer comparison. Fast path (the usual case): integer IDs below
 * 2^53 are radix-sorted by their Number value (exact there), runs of equal value ("7", "007") and text
 * IDs are sorted by compareIds; an ID with a decimal part or more than 15 digits sends all IDs through
 * compareIds.
 */
export function idSortOrder(ids: readonly string[]): Int32Array {
  const n = ids.length;
  const key = new Float64Array(n);
  const nums: number[] = [];
  const texts: number[] = [];
  let slow = false;
  for (let i = 0; i < n; i++) {
    const s = ids[i] as string;
    if (s.length > 0 && s.length <= 15 && /^\d+$/.test(s)) {
      key[i] = Number(s);
      nums.push(i);
    } else {
      if (NUMERIC_ID.test(s)) slow = true;
      texts.push(i);
    }
  }
  let sorted: number[];
  if (slow) {
    sorted = Array.from({ length: n }, (_, i) => i).sort((i, j) =>
      compareIds(ids[i] as string, ids[j] as string),
    );
  } else {
    const numOrder = Array.from(radixSortIndex(key, Int32Array.from(nums)));
    // Equal numbers with different text ("7", "007"): order the run by compareIds.
    for (let p = 0; p < numOrder.length;) {
      let q = p + 1;
      while (q < numOrder.length && key[numOrder[q] as number] === key[numOrder[p] as number]) q++;
      if (q - p > 1) {
        const run = numOrder.slice(p, q).sort((i, j) => compareIds(ids[i] as string, ids[j] as string));
        numOrder.splice(p, q - p, ...run);
      }
      p = q;
    }
    texts.sort((i, j) => textCompare(ids[i] as string, ids[j] as string));
    sorted = numOrder.concat(texts);
  }
  const order = new Int32Array(n);
  for (let p = 0; p < n; p++) order[sorted[p] as number] = p;
  return order;
}
