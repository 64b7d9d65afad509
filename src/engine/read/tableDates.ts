/**
 * The dates of one transaction table: the day/month order of its `a/b/yyyy` text, settled on first
 * need from every date column (scanDateOrder), and a cache of text dates already parsed.
 *
 * A class rather than closures inside readTransactions: optimised code that calls a closure checks that
 * it is the same closure object, and a new run makes new ones (deopts; see stats/keepShape.ts).
 */
import type { Cell, RawTable } from "../types";
import { keepShape } from "../stats/keepShape";
import { parseDateCell, parseDateText, type DateOrder } from "./cells";
import { parseIsoFast } from "./dateCell";
import { scanDateOrder } from "./dateOrderScan";
import { IssueGroup } from "./issues";

/** The cache stops growing here; beyond it, dates are parsed every time (still correct). */
const DATE_CACHE_LIMIT = 500_000;

export class TableDates {
  order: DateOrder;
  /** Whether the order has been settled (the scan is done). */
  settled = false;
  private readonly cache = new Map<string, number>();

  constructor(
    private readonly rows: RawTable["rows"],
    /** First data row (index into rows). */
    private readonly start: number,
    /** Every mapped date column (none is -1), for the scan and settleForRow. */
    private readonly cols: number[],
    /** The user's order, if given; the scan then only finds the ambiguous cells to report. */
    private readonly given: DateOrder | undefined,
    /** "date_order_assumed", filled by the scan. */
    private readonly group: IssueGroup,
    private readonly top: number,
    private readonly left: number,
  ) {
    this.order = given ?? "ymd";
  }

  settle(): void {
    this.settled = true;
    const inferred = scanDateOrder(this.rows, this.start, this.cols);
    this.order = this.given ?? inferred.order;
    if (inferred.ambiguousCount > 0) {
      const g = this.group;
      g.setOnce("example", inferred.example);
      g.setOnce("order", this.order === "dmy" ? "dmy" : "mdy");
      for (let i = 0; i < inferred.ambiguous.length; i++) {
        g.add(
          this.top + (inferred.ambiguous[i] as number),
          this.left + (inferred.ambiguousCols[i] as number),
        );
      }
      g.count = inferred.ambiguousCount;
    }
  }

  /**
   * Settles the order when a date cell of this row depends on it (text that is not a plain ISO date).
   * Only the mapped date columns are read: `row[-1]` for an unmapped one would be a property lookup up
   * the prototype chain, not an element load (1M lines without payment columns: ~120 ms).
   */
  settleForRow(row: readonly Cell[]): void {
    const cols = this.cols;
    for (let k = 0; k < cols.length && !this.settled; k++) {
      const cell = row[cols[k] as number];
      if (typeof cell === "string" && parseIsoFast(cell) === undefined) this.settle();
    }
  }

  /** Day number of a date cell, NaN when it is not a date. */
  read(cell: Cell | undefined): number {
    if (typeof cell === "string") {
      const iso = parseIsoFast(cell); // cheaper than a Map lookup for ISO text
      if (iso !== undefined) return iso;
      if (!this.settled) this.settle();
      let d = this.cache.get(cell);
      if (d === undefined) {
        d = parseDateText(cell, this.order);
        if (this.cache.size < DATE_CACHE_LIMIT) this.cache.set(cell, d);
      }
      return d;
    }
    return parseDateCell(cell, this.order);
  }
}

keepShape(
  new TableDates([], 0, [], undefined, new IssueGroup("date_order_assumed", "info", "", 0, {}, 0), 0, 0),
);
