/**
 * The CLI on the full Online Retail file (541,909 rows, ../shared/data/README.md): it completes, and the
 * 135,080 rows without a CustomerID (counted independently below) are ONE grouped issue, not one per row.
 * Runs the built bundle in a child process (plain node: the real speed, not jest's sandbox).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseCsv } from "../../src/engine/read/csv";

const ROOT = resolve(__dirname, "../..");
const FULL = resolve(ROOT, "../shared/data/online-retail-full.csv.gz");
const BIN = join(ROOT, "bin/custclass.js");

test("541,909 rows: completes, rows without a customer are one grouped issue", () => {
  expect(existsSync(join(ROOT, "dist/cli/custclass.js"))).toBe(true); // `npm test` builds it first (pretest)
  const dir = mkdtempSync(join(tmpdir(), "custclass-full-"));
  const json = join(dir, "full.json");
  const r = spawnSync(process.execPath, [BIN, "classify", "--transactions", FULL, "--json", json, "--lang", "en-US", "-q"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);

  // Independent count: rows whose CustomerID (7th column) is empty.
  const rows = parseCsv(gunzipSync(readFileSync(FULL)).toString("utf8"));
  const header = rows[0] ?? [];
  const idCol = header.indexOf("CustomerID");
  const ids = rows.slice(1).map((row) => String(row[idCol] ?? "").trim().replace(/\.0$/, ""));
  const missing = ids.filter((id) => id === "").length;
  const distinct = new Set(ids.filter((id) => id !== "")).size;
  expect(rows.length - 1).toBe(541_909);

  const result = JSON.parse(readFileSync(json, "utf8")) as {
    customers: unknown[];
    issues: { code: string; count: number; cells: string[]; cell: string; severity: string }[];
  };
  const noId = result.issues.filter((i) => i.code === "missing_customer_id");
  expect(noId).toHaveLength(1);
  expect(noId[0]?.count).toBe(missing);
  expect(noId[0]?.cells.length).toBe(100);
  expect(noId[0]?.cells[0]).toBe(noId[0]?.cell);
  expect(result.customers).toHaveLength(distinct);
}, 900_000);
