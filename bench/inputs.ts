/** Fixed inputs of the fingerprints (classification and product analysis), and their hash. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseCsv } from "../src/engine/read/csv";
import type { Cell, RawTable } from "../src/engine/types";
import type { SampleCell, SampleSheet } from "../src/fixtures/sample-data";

export function sha(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** A sample sheet as Office.js would give it: dates as serial numbers, error cells as "#N/A". */
export function sampleRaw(s: SampleSheet): RawTable {
  const cell = (v: SampleCell): Cell => {
    if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
    if (v !== null && typeof v === "object") return v.error;
    return v;
  };
  const rows: Cell[][] = [];
  if (s.title !== null) rows.push([s.title]);
  rows.push(s.header);
  for (const r of s.rows) rows.push(r.map(cell));
  return { sheet: s.name, top: s.headerRow - 1 - (s.title !== null ? 1 : 0), left: 0, rows };
}

/** The full Online Retail file from ../shared/data as a transactions table, or null when absent. */
export function onlineRetailRaw(root: string): RawTable | null {
  const file = resolve(root, "..", "shared", "data", "online-retail-full.csv.gz");
  if (!existsSync(file)) return null;
  const rows = parseCsv(gunzipSync(readFileSync(file)).toString("utf8"));
  return { sheet: "OnlineRetail", top: 0, left: 0, rows };
}

export const NO_ONLINE_RETAIL = "online retail: (no ../shared/data/online-retail-full.csv.gz)";
