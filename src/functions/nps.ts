/**
 * CUSTCLASS.NPS: Net Promoter Score of 0–10 answers (Reichheld, "The One Number You Need to Grow",
 * HBR 2003; Bain & Company): % promoters − % detractors, −100 to 100. Promoters and passives by the
 * standard's satisfaction.promoterMin (9) and passiveMin (7) through the engine's npsSummary, and an
 * answer is what the engine's satisfaction dimension accepts (isNpsAnswer: a number from 0 to 10, a
 * fraction cut by the thresholds) — so this agrees with the NPS per segment on the summary sheet.
 * Numbers written as text are read as the add-in reads them. Blank cells are skipped (no answer);
 * anything else that is not an answer is #VALUE! naming its cell, never a silently dropped answer.
 */
import { isNpsAnswer, npsSummary } from "../engine/dimensions/satisfaction/nps";
import { defaultStandard } from "../engine/standard";
import { at, atZh, matrixArg, numberCells } from "./args/ranges";
import { standardArg } from "./adapters/standard-range";
import { invalid, notAvailable } from "./errors";

export function npsFunction(scores: unknown, standard?: unknown): number {
  const m = matrixArg(scores, "scores");
  const std = standardArg(standard) ?? defaultStandard();
  if (m === null) throw notAvailable("No scores: the range is empty.", "没有评分：区域为空。");
  const cells = numberCells(m, "scores");
  for (let i = 0; i < cells.values.length; i++) {
    const v = cells.values[i] as number;
    if (Number.isNaN(v) || isNpsAnswer(v)) continue;
    const r = Math.floor(i / cells.cols);
    const c = i % cells.cols;
    throw invalid(
      `scores: ${at(r, c)}: ${v} is not a score from 0 to 10.`,
      `scores：${atZh(r, c)}的 ${v} 不是 0–10 的评分。`,
    );
  }
  const s = npsSummary(cells.values, std.satisfaction);
  if (s.n === 0) throw notAvailable("No scores: every cell is blank.", "没有评分：所有单元格都为空。");
  return s.score;
}
