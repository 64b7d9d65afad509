import { parseArgs } from "node:util";
import type { Lang } from "../engine/types";

export const USAGE = `Usage:
  custclass classify [book.xlsx] [--customers SRC] [--transactions SRC] [--standard std.json]
                     [--as-of YYYY-MM-DD] [--out result.xlsx] [--json result.json] [--lang zh-CN|en-US]
                     [--explain] [--no-products] [--quiet]

  SRC = a .csv (or .csv.gz) file, a sheet of book.xlsx ("Sheet"), or a range ("Sheet!A1:H900").
  --explain adds to each customer in the JSON why it is in each class (thresholds and rules used).
  --no-products leaves out the product sheets (written when the transactions have a product column).
  Given only book.xlsx, the customer and transaction tables are found by their headers.
  The input file is never modified; results go to --out (default: <book>.classified.xlsx).

Exit codes: 0 ran (data problems are listed in the result), 1 input unusable, 2 usage error.`;

export interface CliOptions {
  book: string | null;
  customers: string | null;
  transactions: string | null;
  standard: string | null;
  asOf: string | null;
  out: string | null;
  json: string | null;
  lang: Lang;
  quiet: boolean;
  explain: boolean;
  /** Write the product sheets (default true; --no-products). */
  products: boolean;
}

export class UsageError extends Error {}

export function parseCli(argv: readonly string[]): CliOptions | "help" {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      customers: { type: "string" },
      transactions: { type: "string" },
      standard: { type: "string" },
      "as-of": { type: "string" },
      out: { type: "string", short: "o" },
      json: { type: "string" },
      lang: { type: "string" },
      quiet: { type: "boolean", short: "q" },
      explain: { type: "boolean" },
      "no-products": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  const [command, book, ...rest] = positionals;
  if (command !== "classify") throw new UsageError(command ? `unknown command "${command}"` : "missing command");
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0] ?? ""}"`);
  const lang = values.lang ?? "zh-CN";
  if (lang !== "zh-CN" && lang !== "en-US") throw new UsageError(`--lang must be zh-CN or en-US, not "${lang}"`);
  const asOf = values["as-of"] ?? null;
  if (asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of must be YYYY-MM-DD, not "${asOf}"`);
  const opts: CliOptions = {
    book: book ?? null,
    customers: values.customers ?? null,
    transactions: values.transactions ?? null,
    standard: values.standard ?? null,
    asOf,
    out: values.out ?? null,
    json: values.json ?? null,
    lang,
    quiet: values.quiet ?? false,
    explain: values.explain ?? false,
    products: values["no-products"] !== true,
  };
  if (!opts.book && !opts.customers && !opts.transactions) {
    throw new UsageError("give a workbook, or --customers and/or --transactions");
  }
  if (!opts.book && !opts.out && !opts.json) {
    throw new UsageError("with CSV inputs, say where the result goes: --out result.xlsx and/or --json result.json");
  }
  for (const [flag, src] of [["--customers", opts.customers], ["--transactions", opts.transactions]] as const) {
    if (src && !/\.csv(\.gz)?$/i.test(src) && !opts.book) {
      throw new UsageError(`${flag} "${src}" names a sheet or range, which needs a workbook argument`);
    }
  }
  return opts;
}
