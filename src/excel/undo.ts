import type { Cell, RawTable } from "../engine/types";
import { writeBlocks } from "./blocks";
import { deleteOwnColumns, deleteSheets, setWidths } from "./column-ops";
import { restoreMarks, type OwnColumn } from "./own-columns";
import { deleteRegistry, saveRegistry, type Registry } from "./registry";
import type { RunContext } from "./run";
import type { LocatedSource } from "./source";
import type { PlacedColumn, TargetTable } from "./write-columns";

/**
 * Takes back what a run wrote when it is cancelled or fails: new columns and sheets go, columns of an
 * earlier run get back the values they had, the registry is what it was. Best effort: an error while
 * undoing does not hide why the run stopped.
 */
export class Undo {
  done = false;
  fresh: PlacedColumn[] = [];
  freshWidths: (number | null)[] = [];
  sheets: string[] = [];
  target: TargetTable | null = null;
  previous: { col: number; values: (string | number | boolean)[][] }[] = [];

  constructor(
    private readonly ctx: RunContext,
    private readonly registry: Registry,
    private readonly registryExisted: boolean,
    /** Our columns as they were before the run: their names are put back. */
    private readonly own: readonly OwnColumn[],
  ) {}

  async run(): Promise<void> {
    // Undoing must not itself be cancelled: the signal that stopped the run is already set.
    const ctx: RunContext = { ...this.ctx, signal: undefined };
    try {
      const t = this.target;
      if (t && this.fresh.length > 0 && !this.sheets.includes(t.sheet)) {
        await deleteOwnColumns(
          ctx,
          t.sheet,
          t.table,
          t.headerRow,
          t.dataRows + 1,
          this.fresh.map((p) => p.col),
        );
        await setWidths(
          ctx,
          t.sheet,
          this.fresh.map((p, i) => ({ col: p.col, width: this.freshWidths[i] ?? null })),
        );
      }
      if (t) {
        for (const p of this.previous) {
          await writeBlocks(ctx, { sheet: t.sheet, top: t.headerRow, left: p.col, cols: 1 }, p.values);
        }
      }
      await deleteSheets(ctx, this.sheets);
      await restoreMarks(
        ctx,
        this.own,
        this.fresh.map((p) => p.key),
      );
      if (this.registryExisted) await saveRegistry(ctx, this.registry);
      else await deleteRegistry(ctx);
    } catch {
      // Best effort: the reason the run stopped is what the user needs to see.
    }
  }
}

/** Values our reused columns had before this run (from the customer table as read), to put back on undo. */
export function previousValues(
  raw: RawTable | null,
  src: LocatedSource,
  target: TargetTable,
  placed: readonly PlacedColumn[],
  fresh: readonly PlacedColumn[],
): { col: number; values: (string | number | boolean)[][] }[] {
  if (!raw) return [];
  const isFresh = new Set(fresh.map((p) => p.col));
  const out: { col: number; values: (string | number | boolean)[][] }[] = [];
  const first = target.headerRow - src.box.top;
  for (const p of placed) {
    const c = p.col - src.box.left;
    if (isFresh.has(p.col) || c < 0 || c >= src.box.cols) continue;
    const values: (string | number | boolean)[][] = [];
    for (let r = first; r <= first + target.dataRows; r++)
      values.push([restorable(raw.rows[r]?.[c] ?? null)]);
    out.push({ col: p.col, values });
  }
  return out;
}

function restorable(v: Cell): string | number | boolean {
  return v === null ? "" : v;
}
