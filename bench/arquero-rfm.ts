/**
 * The peer: arquero (uwdata/arquero 8) doing the same RFM + ABC as our engine, written as an analyst
 * would with its verbs, on the same rows. The conventions are product.md's ("Conventions that must be
 * exact"), restated here from that text rather than from our code:
 * - refunds `net`: every line counts for revenue; an order is a purchase when its total is > 0, dated by
 *   its latest positive line; frequency = purchases; recency = as-of − last purchase day, as-of = the day
 *   after the latest transaction date;
 * - quintile thresholds = PERCENTILE.INC at 20/40/60/80 % over customers with a purchase (arquero's
 *   op.quantile interpolates linearly between order statistics, i.e. R type 7 = PERCENTILE.INC);
 *   score = 1 + thresholds strictly below the value, recency reversed (6 − that);
 * - rf10 from the R×F map in product.md;
 * - ABC over customers with lines: value (net revenue) descending, ties by ID ascending; A while the
 *   cumulative share before the customer is < 80 %, B while < 95 %, else C; value ≤ 0 is C.
 * Money is summed in integer cents (amounts have two decimals), so sums are exact, as in our engine.
 * Expressions are strings: arquero compiles them from source text, which a bundler would otherwise
 * rewrite (`op.sum` becomes a module reference arquero does not know).
 */
import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import type { SyntheticTable } from "../src/fixtures/synthetic";

/** Columns the peer needs, by header name (the synthetic English headers). */
const TX_COLUMNS = { date: "Date", order: "Order No", cust: "Customer ID", amount: "Amount" } as const;

/** arquero's own row import: `from(rows, names)` reads row[name] for each name; array rows are
 *  indexed by position, so the names are the positions, renamed afterwards. */
export function arqueroTable(t: SyntheticTable, wanted?: Record<string, string>): ColumnTable {
  const positions = t.header.map((_h, i) => String(i));
  const table = aq.from(t.rows, positions);
  const rename: Record<string, string> = {};
  if (wanted) {
    for (const [name, header] of Object.entries(wanted)) {
      const i = t.header.indexOf(header);
      if (i < 0) throw new Error(`no "${header}" column in the synthetic table`);
      rename[String(i)] = name;
    }
  } else t.header.forEach((h, i) => (rename[String(i)] = h));
  return table.rename(rename);
}

export function arqueroTransactions(t: SyntheticTable): ColumnTable {
  return arqueroTable(t, TX_COLUMNS);
}

/** rf10 map from product.md: [1-2][1-2] hibernating, [1-2][3-4] at_risk, [1-2]5 cant_lose, 3[1-2]
 *  about_to_sleep, 33 need_attention, [3-4][4-5] loyal, 41 promising, 51 new, [4-5][2-3]
 *  potential_loyalist, 5[4-5] champions. */
function rf10Table(): ColumnTable {
  const R: number[] = [];
  const F: number[] = [];
  const segment: string[] = [];
  const add = (rs: number[], fs: number[], s: string) => {
    for (const r of rs)
      for (const f of fs) {
        R.push(r);
        F.push(f);
        segment.push(s);
      }
  };
  add([1, 2], [1, 2], "hibernating");
  add([1, 2], [3, 4], "at_risk");
  add([1, 2], [5], "cant_lose");
  add([3], [1, 2], "about_to_sleep");
  add([3], [3], "need_attention");
  add([3, 4], [4, 5], "loyal");
  add([4], [1], "promising");
  add([5], [1], "new");
  add([4, 5], [2, 3], "potential_loyalist");
  add([5], [4, 5], "champions");
  return aq.table({ R, F, segment });
}

export interface ArqueroRfmAbc {
  /** cust, segment (customers with a purchase). */
  segments: ColumnTable;
  /** cust, abc (customers with lines). */
  abc: ColumnTable;
}

/** `table.params(p)` sets the parameters on the table and returns it; its declared type (table or
 *  params) would make every verb after it untyped. */
function withParams(t: ColumnTable, p: Record<string, number>): ColumnTable {
  t.params(p);
  return t;
}

const above = (field: string, prefix: string) =>
  [1, 2, 3, 4].map((k) => `(d.${field} > $.${prefix}${k} ? 1 : 0)`).join(" + ");

export function arqueroRfmAbc(tx: ColumnTable): ArqueroRfmAbc {
  // Excel serial → day number: only differences of days are used, so the serial itself will do.
  const lines = tx.derive({
    cents: "d => op.round(d.amount * 100)",
    posDay: "d => d.amount > 0 ? d.date : null",
  });
  const asOf = Number(lines.rollup({ last: "d => op.max(d.date)" }).get("last", 0)) + 1;

  const purchases = lines
    .groupby("cust", "order")
    .rollup({ total: "d => op.sum(d.cents)", day: "d => op.max(d.posDay)" })
    .filter("d => d.total > 0 && d.day != null")
    .groupby("cust")
    .rollup({ F: "() => op.count()", last: "d => op.max(d.day)" });
  const customers = lines.groupby("cust").rollup({ M: "d => op.sum(d.cents)" });

  const scored = withParams(customers.join(purchases, "cust"), { asOf }).derive({
    recency: "(d, $) => $.asOf - d.last",
  });
  const q: Record<string, number> = {};
  const quantiles: Record<string, string> = {};
  for (const [prefix, field] of [
    ["r", "recency"],
    ["f", "F"],
    ["m", "M"],
  ] as const)
    for (let k = 1; k <= 4; k++) quantiles[`${prefix}${k}`] = `d => op.quantile(d.${field}, ${k / 5})`;
  const qt = scored.rollup(quantiles);
  for (const name of Object.keys(quantiles)) q[name] = Number(qt.get(name, 0));
  const segments = withParams(scored, q)
    .derive({
      R: `(d, $) => 5 - (${above("recency", "r")})`,
      F: `(d, $) => 1 + ${above("F", "f")}`,
      M: `(d, $) => 1 + ${above("M", "m")}`,
    })
    // Both keys on both sides: a bare ["R", "F"] would mean left R = right F to arquero.
    .join_left(rf10Table(), [
      ["R", "F"],
      ["R", "F"],
    ])
    .select("cust", "segment");

  const withPos = customers.derive({ pos: "d => d.M > 0 ? d.M : 0" });
  const total = Number(withPos.rollup({ t: "d => op.sum(d.pos)" }).get("t", 0));
  const ordered = withPos
    .orderby(aq.desc("M"), "cust")
    // Running sum over the rows before and including this one (arquero: rolling, frame [-Infinity, 0]).
    .derive({ cum: aq.rolling("d => op.sum(d.pos)") as object });
  const abc = withParams(ordered, { total, a: 0.8, b: 0.95 })
    .derive({
      share: "(d, $) => (d.cum - d.pos) / $.total",
    })
    .derive({ abc: "(d, $) => d.M <= 0 ? 'C' : d.share < $.a ? 'A' : d.share < $.b ? 'B' : 'C'" })
    .select("cust", "abc");
  return { segments, abc };
}
