/**
 * Class code → dense index (0, 1, 2, … in the order codes are first met), for tallies over a class
 * column of every customer.
 *
 * Why not a Map alone: a column holds a handful of codes (3 ABC classes, 10 RFM segments, ~35 regions),
 * and the engine's codes are the same string objects, so a short scan of === compares beats a Map's hash
 * and bucket walk; the summary tallies 12 columns of 100k customers (~1.2M lookups a run). Codes beyond the first SCAN go to a Map (user text, such as regions as written).
 */
import { keepShape } from "./keepShape";
import { emptyTagged } from "./scratch";

const SCAN = 16;

export class CodeIndex {
  /** The codes in the order first met; index i is codes[i]. */
  readonly codes = emptyTagged<string>(); // born tagged (see stats/scratch.ts)
  private readonly rest = new Map<string, number>();

  /** The code's index, added when new. */
  indexOf(code: string): number {
    const codes = this.codes;
    const scan = codes.length < SCAN ? codes.length : SCAN;
    for (let j = 0; j < scan; j++) if (codes[j] === code) return j;
    if (codes.length < SCAN) {
      codes.push(code);
      return codes.length - 1;
    }
    let j = this.rest.get(code);
    if (j === undefined) {
      j = codes.length;
      codes.push(code);
      this.rest.set(code, j);
    }
    return j;
  }
}

// See keepShape.ts.
keepShape(new CodeIndex());
