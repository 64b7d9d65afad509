/**
 * Names for the product codes the pane shows. The reader keeps only the product code of each line, so
 * the names are looked up in the transactions as given: the first non-empty name written beside each
 * wanted code (codes compared as the reader normalises them, engine/read/cells normaliseId). The scan
 * stops once every wanted code has a name, so a view of a few dozen products rarely reads all lines.
 */
import type { HeaderMapping } from "../engine/read/headers";
import { normaliseId } from "../engine/read/cells";
import type { RawTable } from "../engine/types";
import type { ProductView } from "./product-view";

export function productNamesFor(
  raw: RawTable | null,
  mapping: HeaderMapping | null,
  wanted: ReadonlySet<string>,
): Map<string, string> {
  const names = new Map<string, string>();
  const code = mapping?.fields.product?.col;
  const name = mapping?.fields.productName?.col;
  if (raw === null || mapping === null || code === undefined || name === undefined) return names;
  for (let r = mapping.headerRow + 1; r < raw.rows.length && names.size < wanted.size; r++) {
    const row = raw.rows[r];
    if (row === undefined) continue;
    const key = normaliseId(row[code]);
    if (key === null || !wanted.has(key) || names.has(key)) continue;
    const n = row[name];
    const text = typeof n === "string" ? n.trim() : typeof n === "number" ? String(n) : "";
    if (text !== "") names.set(key, text);
  }
  return names;
}

/** The view with the names filled in where the data has them. */
export function withProductNames(
  view: ProductView,
  raw: RawTable | null,
  mapping: HeaderMapping | null,
): ProductView {
  const items = [...view.top, ...(view.trends?.rising ?? []), ...(view.trends?.falling ?? [])];
  const wanted = new Set(items.filter((p) => p.name === null).map((p) => p.code));
  if (wanted.size === 0) return view;
  const names = productNamesFor(raw, mapping, wanted);
  const named = <T extends { code: string; name: string | null }>(p: T): T =>
    p.name === null ? { ...p, name: names.get(p.code) ?? null } : p;
  return {
    ...view,
    top: view.top.map(named),
    trends: view.trends && {
      ...view.trends,
      rising: view.trends.rising.map(named),
      falling: view.trends.falling.map(named),
    },
  };
}
