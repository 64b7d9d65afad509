/**
 * CUSTCLASS.ABC: the ABC value class of one customer's value among all customers' values, by the
 * engine's classifyAbc (product.md, "ABC"; engine/dimensions/value/ofValues.ts): values sorted
 * descending, ties by customer ID ascending; A while the cumulative share of value BEFORE the customer
 * is < a, B while < b, else C; a value ≤ 0 is always C. Values are compared and summed in exact
 * 1/10,000 units, as the engine does.
 *
 * The customer's value must be one of `values` (its share depends on its place among them). When equal
 * values straddle a cut-off, their order — customer ID — decides: give `id` and `ids`; without them
 * such a value is #VALUE! rather than a guess. Blank cells in `values` are customers without sales
 * (left out, as the engine leaves out customers with no counted line).
 */
import { abcOfValues } from "../engine/dimensions/value/ofValues";
import { normaliseId } from "../engine/read/cells";
import type { Standard } from "../engine/standard/types";
import { numberArg, scalar, showValue } from "./args/cells";
import { isBlankMatrix, matrixArg, numberCells, shapeOf, type Matrix } from "./args/ranges";
import { withSettings } from "./args/standard-parts";
import { invalid, notAvailable } from "./errors";
import { toCell } from "./args/cells";

function idsArg(m: Matrix, rows: number, cols: number): (string | null)[] {
  const shape = shapeOf(m);
  if (shape.rows !== rows || shape.cols !== cols)
    throw invalid(
      `ids: ${shape.rows}×${shape.cols} cells, but values has ${rows}×${cols}; they must line up customer by customer.`,
      `ids：${shape.rows}×${shape.cols} 个单元格，而 values 为 ${rows}×${cols}；须按客户逐一对应。`,
    );
  const out: (string | null)[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) out.push(normaliseId(toCell(m[r]?.[c]) ?? null));
  return out;
}

export function abcFunction(
  value: unknown,
  values: unknown,
  a?: unknown,
  b?: unknown,
  id?: unknown,
  ids?: unknown,
): string {
  const v = numberArg(value, "value");
  const m = matrixArg(values, "values");
  if (m === null)
    throw invalid(
      "values: the range of all customers' values is missing.",
      "values：缺少全部客户数值的区域。",
    );
  const cells = numberCells(m, "values");
  const std: Standard = withSettings(
    undefined,
    {
      abc: {
        a: numberArg(a, "a", { percent: true }) ?? undefined,
        b: numberArg(b, "b", { percent: true }) ?? undefined,
      },
    },
    { "abc.a": "a", "abc.b": "b" },
  );
  const idMatrix = matrixArg(ids, "ids");
  const idList =
    idMatrix === null || isBlankMatrix(idMatrix) ? null : idsArg(idMatrix, cells.rows, cells.cols);
  const myId = normaliseId(scalar(id ?? null, "id"));
  if (myId !== null && idList === null) throw invalid("id: given without ids.", "id：给出了 id 但没有 ids。");
  if (v === null)
    throw notAvailable(
      "value is empty: the customer has no sales to class.",
      "value 为空：该客户没有可分类的销售额。",
    );
  if (cells.count === 0) throw notAvailable("values holds no numbers.", "values 中没有数字。");

  const cls = abcOfValues(v, myId, { values: cells.values, ids: idList }, std.abc);
  if (cls === "not_found") {
    if (myId !== null)
      throw invalid(
        `id ${showValue(myId)} with value ${v} is not among ids and values.`,
        `ids 与 values 中没有编号为 ${showValue(myId)}、数值为 ${v} 的客户。`,
      );
    throw invalid(
      `value ${v} is not one of values; give the customer's own value.`,
      `value ${v} 不在 values 中，请给该客户自己的数值。`,
    );
  }
  if (cls === "tie")
    throw invalid(
      `value ${v} is shared by customers on both sides of a cut-off; give id and ids to break the tie by customer ID.`,
      `数值 ${v} 与其他客户相同且跨越分界线，请给出 id 和 ids，按客户编号排序。`,
    );
  return cls;
}
