import { runBatch, type RunContext } from "./run";
import { fillFor } from "./palette";
import type { PlacedColumn, TargetTable } from "./write-columns";

/** Conditional-format kinds per result column; classes get one colour each. */
export interface FormatPlan {
  /** Labels of a class column, in the class order of the standard (which fixes the colours). */
  classLabels: Record<string, readonly string[]>;
  scoreColumns: readonly string[];
  barColumns: readonly string[];
  iconColumns: readonly string[];
}

/** Excel's own string names for formats: the `Excel` enums do not exist outside Office (CLI, tests). */
function quote(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}

/**
 * Adds conditional formats on our columns, limited to the data rows. Each column's earlier formats are
 * cleared first (the column is ours), so a rerun never stacks duplicates.
 */
export async function formatColumns(
  ctx: RunContext,
  target: TargetTable,
  placed: readonly PlacedColumn[],
  plan: FormatPlan,
): Promise<void> {
  if (target.dataRows === 0) return;
  await runBatch(ctx, async (context) => {
    const ws = context.workbook.worksheets.getItem(target.sheet);
    for (const p of placed) {
      const range = ws.getRangeByIndexes(target.firstDataRow, p.col, target.dataRows, 1);
      range.conditionalFormats.clearAll();
      const labels = plan.classLabels[p.key];
      if (labels) {
        labels.forEach((label, i) => {
          const cf = range.conditionalFormats.add("CellValue");
          cf.cellValue.format.fill.color = fillFor(i);
          cf.cellValue.rule = { formula1: quote(label), operator: "EqualTo" };
        });
      } else if (plan.scoreColumns.includes(p.key)) {
        const cf = range.conditionalFormats.add("ColorScale");
        cf.colorScale.criteria = {
          minimum: { formula: "1", type: "Number", color: "#F8696B" },
          midpoint: { formula: "3", type: "Number", color: "#FFEB84" },
          maximum: { formula: "5", type: "Number", color: "#63BE7B" },
        };
      } else if (plan.barColumns.includes(p.key)) {
        const cf = range.conditionalFormats.add("DataBar");
        cf.dataBar.barDirection = "LeftToRight";
      } else if (plan.iconColumns.includes(p.key)) {
        const cf = range.conditionalFormats.add("IconSet");
        cf.iconSet.style = "FourTrafficLights";
        // Credit score 1..4 (D..A): one light per grade, by number rather than by percentile.
        cf.iconSet.criteria = [
          {} as Excel.ConditionalIconCriterion,
          { type: "Number", operator: "GreaterThanOrEqual", formula: "2" },
          { type: "Number", operator: "GreaterThanOrEqual", formula: "3" },
          { type: "Number", operator: "GreaterThanOrEqual", formula: "4" },
        ];
      }
      range.untrack();
    }
    await context.sync();
  });
}
