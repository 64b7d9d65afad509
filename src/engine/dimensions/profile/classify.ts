import type { CustomerTable, DimensionOutput } from "../../types";
import { customerTypeOf } from "./customerType";
import { displayText } from "./displayText";
import { regionCodeOf } from "./region";

/**
 * Type dimension (客户类型, key "type"). classes: retail / wholesale / enterprise / individual /
 * distributor / government / other; null without text. extra typeText: the user's own text (cleaned)
 * where the class is "other", so nothing they wrote is lost.
 */
export function classifyType(customers: CustomerTable): DimensionOutput {
  const n = customers.ids.length;
  const classes = new Array<string | null>(n).fill(null);
  const other = new Array<string | null>(n).fill(null);
  const cache = new Map<string, string | null>();
  for (let i = 0; i < n; i++) {
    const t = customers.type[i];
    if (t === null || t === undefined) continue;
    let c = cache.get(t);
    if (c === undefined) {
      c = customerTypeOf(t);
      cache.set(t, c);
    }
    classes[i] = c;
    if (c === "other") other[i] = displayText(t);
  }
  return { classes, metrics: {}, extra: { typeText: other } };
}

/**
 * Region dimension (地区, key "region"). classes: a province or sales-region code (provinces.ts, with
 * labels) when recognised, else the cleaned text itself (kept as the user wrote it, no label); null
 * without text. extra regionText: the cleaned text for every customer with one (keeps the city of
 * "广东省深圳市", which the class reduces to guangdong).
 */
export function classifyRegion(customers: CustomerTable): DimensionOutput {
  const n = customers.ids.length;
  const classes = new Array<string | null>(n).fill(null);
  const texts = new Array<string | null>(n).fill(null);
  const cache = new Map<string, readonly [string | null, string]>();
  for (let i = 0; i < n; i++) {
    const t = customers.region[i];
    if (t === null || t === undefined) continue;
    let e = cache.get(t);
    if (e === undefined) {
      const clean = displayText(t);
      e = [clean === "" ? null : (regionCodeOf(clean) ?? clean), clean];
      cache.set(t, e);
    }
    classes[i] = e[0];
    texts[i] = e[0] === null ? null : e[1];
  }
  return { classes, metrics: {}, extra: { regionText: texts } };
}
