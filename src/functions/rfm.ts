/**
 * CUSTCLASS.RFM: an RFM segment code.
 * - From scores (the ranges omitted): recency and frequency are R and F scores 1–5 and the model is
 *   rf10 (the R×F map); cn8 is defined on raw values against their means, so it needs the ranges.
 * - From raw values (the ranges given): recency = days since the last purchase, frequency = purchases,
 *   monetary = revenue, scored against all customers' values as the engine does (engine/dimensions/rfm/ofValues.ts).
 * Blank scores, or a frequency of 0 (no purchase), are #N/A: the engine does not score such a customer.
 */
import { RFM_DEFAULTS } from "../engine/dimensions/rfm/defaults";
import { rf10Code } from "../engine/dimensions/rfm/models";
import { numberArg, showValue, textArg } from "./args/cells";
import { at, atZh, matrixArg, numberCells, type NumberCells } from "./args/ranges";
import { rfmOfValues, type PresetModel } from "../engine/dimensions/rfm/ofValues";
import { invalid, notAvailable } from "./errors";

const BINS = RFM_DEFAULTS.bins;

function modelArg(v: unknown): PresetModel {
  const t = textArg(v, "model");
  if (t === null) return RFM_DEFAULTS.model === "cn8" ? "cn8" : "rf10";
  const lower = t.toLowerCase();
  if (lower === "rf10" || lower === "cn8") return lower;
  throw invalid(
    `model: ${showValue(t)} is not a model; use "rf10" (R×F map) or "cn8" (Chinese 8 classes).`,
    `model：${showValue(t)} 不是可用的模型，请用 "rf10"（R×F 十类）或 "cn8"（八类）。`,
  );
}

function scoreArg(v: unknown, name: string): number | null {
  const s = numberArg(v, name);
  if (s === null) return null;
  if (!Number.isInteger(s) || s < 1 || s > BINS)
    throw invalid(`${name}: ${s} is not a score from 1 to ${BINS}.`, `${name}：${s} 不是 1–${BINS} 的分数。`);
  return s;
}

function fromScores(recency: unknown, frequency: unknown, monetary: unknown, model: PresetModel): string {
  const r = scoreArg(recency, "recency");
  const f = scoreArg(frequency, "frequency");
  scoreArg(monetary, "monetary");
  if (model === "cn8")
    throw invalid(
      "model cn8 compares raw values with their means: give all_recency, all_frequency and all_monetary, and raw values instead of scores.",
      "cn8 模型按原始值与平均值比较：请给出 all_recency、all_frequency、all_monetary，并用原始值而非分数。",
    );
  if (r === null || f === null)
    throw notAvailable("No R or F score: the customer is not scored.", "没有 R 或 F 分：该客户未评分。");
  return rf10Code(r, f);
}

function sameShape(a: NumberCells, b: NumberCells, nameA: string, nameB: string): void {
  if (a.rows !== b.rows || a.cols !== b.cols)
    throw invalid(
      `${nameB}: ${b.rows}×${b.cols} cells, but ${nameA} has ${a.rows}×${a.cols}; the ranges must line up customer by customer.`,
      `${nameB}：${b.rows}×${b.cols} 个单元格，而 ${nameA} 为 ${a.rows}×${a.cols}；各区域须按客户逐行对应。`,
    );
}

function rangeArg(v: unknown, name: string): NumberCells | null {
  const m = matrixArg(v, name);
  return m === null ? null : numberCells(m, name);
}

export function rfmFunction(
  recency: unknown,
  frequency: unknown,
  monetary?: unknown,
  model?: unknown,
  allRecency?: unknown,
  allFrequency?: unknown,
  allMonetary?: unknown,
): string {
  const mdl = modelArg(model);
  const AR = rangeArg(allRecency, "all_recency");
  const AF = rangeArg(allFrequency, "all_frequency");
  const AM = rangeArg(allMonetary, "all_monetary");
  if (AR === null && AF === null && AM === null) return fromScores(recency, frequency, monetary, mdl);

  if (AR === null || AF === null)
    throw invalid(
      "all_recency and all_frequency are both needed to score raw values.",
      "按原始值评分需要同时给出 all_recency 和 all_frequency。",
    );
  if (mdl === "cn8" && AM === null)
    throw invalid("model cn8 needs all_monetary.", "cn8 模型需要 all_monetary。");
  sameShape(AF, AR, "all_frequency", "all_recency");
  if (AM !== null) sameShape(AF, AM, "all_frequency", "all_monetary");
  checkPopulation(AR, AF, AM, mdl);

  const f = numberArg(frequency, "frequency");
  if (f !== null && f < 0) throw invalid(`frequency: ${f} is negative.`, `frequency：${f} 为负数。`);
  if (f === null || f === 0)
    throw notAvailable(
      "No purchase (frequency 0 or empty): the customer is not scored.",
      "没有购买（频次为 0 或空）：该客户未评分。",
    );
  const r = numberArg(recency, "recency");
  if (r === null)
    throw invalid(
      "recency: is empty; days since the last purchase are needed.",
      "recency：为空，需要距上次购买的天数。",
    );
  if (r < 0) throw invalid(`recency: ${r} is negative.`, `recency：${r} 为负数。`);
  const m = numberArg(monetary, "monetary");
  if (mdl === "cn8" && m === null)
    throw invalid("monetary: is empty; model cn8 needs it.", "monetary：为空，cn8 模型需要它。");
  if (AF.count === 0 || !AF.values.some((x) => x > 0))
    throw notAvailable("No customer in all_frequency has a purchase.", "all_frequency 中没有有购买的客户。");
  return rfmOfValues(
    r,
    f,
    m ?? NaN,
    { recency: AR.values, frequency: AF.values, monetary: AM?.values ?? null },
    mdl,
    BINS,
  ).code;
}

/** Every scored customer (frequency > 0) needs its recency (and monetary for cn8); no negatives. */
function checkPopulation(AR: NumberCells, AF: NumberCells, AM: NumberCells | null, mdl: PresetModel): void {
  for (let i = 0; i < AF.values.length; i++) {
    const fi = AF.values[i] as number;
    const r = Math.floor(i / AF.cols);
    const c = i % AF.cols;
    if (fi < 0)
      throw invalid(
        `all_frequency: ${at(r, c)}: ${fi} is negative.`,
        `all_frequency：${atZh(r, c)}的 ${fi} 为负数。`,
      );
    if (!(fi > 0)) continue;
    const ri = AR.values[i] as number;
    if (Number.isNaN(ri))
      throw invalid(
        `all_recency: ${at(r, c)} is empty for a customer with purchases.`,
        `all_recency：${atZh(r, c)}为空，但该客户有购买。`,
      );
    if (ri < 0)
      throw invalid(
        `all_recency: ${at(r, c)}: ${ri} is negative.`,
        `all_recency：${atZh(r, c)}的 ${ri} 为负数。`,
      );
    if (mdl === "cn8" && AM !== null && Number.isNaN(AM.values[i]))
      throw invalid(
        `all_monetary: ${at(r, c)} is empty for a customer with purchases.`,
        `all_monetary：${atZh(r, c)}为空，但该客户有购买。`,
      );
  }
}
