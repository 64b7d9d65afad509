/**
 * The customers whose class changes in one dimension, largest revenue first (ties: ID ascending,
 * numeric-aware, as everywhere in the engine): the few a user checks before applying a change.
 */
import type { ClassKey } from "../result";
import { compareIds } from "../stats/ids";
import { classOf, type ClassCode, type ResultView } from "./codes";

export interface Mover {
  id: string;
  name: string | null;
  from: ClassCode;
  to: ClassCode;
  /** Net revenue in the after result (0 when none). */
  revenue: number;
}

export function movers(before: ResultView, after: ResultView, key: ClassKey, limit: number): Mover[] {
  const beforeById = new Map<string, ClassCode>();
  for (const c of before.customers) beforeById.set(c.id, classOf(c, key));
  const out: Mover[] = [];
  for (const c of after.customers) {
    if (!beforeById.has(c.id)) continue;
    const from = beforeById.get(c.id) ?? null;
    const to = classOf(c, key);
    if (from === to) continue;
    const m = c.metrics.monetary;
    out.push({
      id: c.id,
      name: c.name,
      from,
      to,
      revenue: typeof m === "number" && Number.isFinite(m) ? m : 0,
    });
  }
  out.sort((x, y) => y.revenue - x.revenue || compareIds(x.id, y.id));
  return out.slice(0, Math.max(0, limit));
}
