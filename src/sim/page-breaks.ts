/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9, Excel.PageBreakCollection / PageBreak): manual page
 * breaks above a row, kept on the sheet (state.ts rowBreaks) and written as the sheet's rowBreaks
 * element (ECMA-376 Part 1 §18.3.1.73, brk id = the 1-based row after which the page ends).
 * Vertical page breaks are not reproduced.
 */
import { SimError, SimErrorCode } from "./errors";
import { bound, method, prop, SimCollection, SimObject, type PropTable, type ProxyContext } from "./proxy";
import { resolveRangeArg, type SimRange } from "./range";
import type { SheetState } from "./state";
import { alive, type SimWorksheet } from "./worksheet";

interface BreakRef {
  sheet: SheetState;
  row: number;
}

export class SimPageBreak extends SimObject<BreakRef> {
  get _className(): string {
    return "PageBreak";
  }
  protected _props(): PropTable<BreakRef> {
    return { rowIndex: { get: (b) => b.row }, columnIndex: { get: () => 0 } };
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  delete(): void {
    this._queue("delete", 0, (b) => {
      alive(b.sheet).rowBreaks = (b.sheet.rowBreaks ?? []).filter((r) => r !== b.row);
    });
  }
}

export class SimPageBreakCollection extends SimCollection<SheetState, SimPageBreak> {
  get _className(): string {
    return "PageBreakCollection";
  }
  constructor(ctx: ProxyContext, parent: SimWorksheet) {
    super(
      ctx,
      parent,
      prop((s: SheetState) => s),
      parent._pathText + ".horizontalPageBreaks",
    );
  }
  protected _listItems(s: SheetState): unknown[] {
    return (alive(s).rowBreaks ?? []).map((row) => ({ sheet: s, row }));
  }
  protected _makeItem(h: unknown): SimPageBreak {
    return new SimPageBreak(this._ctx, this, bound(h as BreakRef), "PageBreak");
  }
  /** A break above the range's first row (Excel: "the top-left cell of the range"). */
  add(pageBreakRange: SimRange | string): SimPageBreak {
    return new SimPageBreak(
      this._ctx,
      this,
      method("add", () => {
        const s = alive(this._ref()!);
        const r = resolveRangeArg(this._ctx._host, pageBreakRange, s);
        if (r.sheet !== s || r.rect.r0 === 0) throw new SimError(SimErrorCode.invalidArgument);
        const rows = new Set(s.rowBreaks ?? []);
        rows.add(r.rect.r0);
        s.rowBreaks = [...rows].sort((a, b) => a - b);
        return { sheet: s, row: r.rect.r0 };
      }),
      "PageBreakCollection.add",
    );
  }
  removePageBreaks(): void {
    this._queue("removePageBreaks", 0, (s) => {
      alive(s).rowBreaks = [];
    });
  }
}
