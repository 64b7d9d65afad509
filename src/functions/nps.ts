/**
 * Net Promoter Score (Reichheld, "The One Number You Need to Grow", HBR 2003; Bain & Company's
 * definition): answers to "How likely are you to recommend us?" on a 0–10 scale; 9–10 promoters,
 * 7–8 passives, 0–6 detractors; NPS = % promoters − % detractors, from −100 to 100.
 * Blank cells are skipped (no answer); anything else that is not a whole number 0–10 is an error,
 * never a silently dropped answer.
 */

export type NpsResult =
  { ok: true; nps: number; answers: number } | { ok: false; reason: "invalid" | "empty"; message: string };

/** Excel hands custom functions empty cells as null or "" depending on platform and parameter type. */
function isBlank(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** A whole number 0–10, or NaN. Numeric text ("9", " 10 ") counts: exports often store numbers as text. */
function toScore(cell: unknown): number {
  let n = Number.NaN;
  if (typeof cell === "number") n = cell;
  else if (typeof cell === "string" && /^\s*\d{1,2}\s*$/.test(cell)) n = Number(cell);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : Number.NaN;
}

export function netPromoterScore(cells: readonly (readonly unknown[])[]): NpsResult {
  let promoters = 0;
  let detractors = 0;
  let answers = 0;
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (isBlank(cell)) continue;
      const score = toScore(cell);
      if (Number.isNaN(score)) {
        return {
          ok: false,
          reason: "invalid",
          message: `Row ${r + 1}, column ${c + 1}: ${JSON.stringify(cell)} is not a score from 0 to 10.`,
        };
      }
      answers++;
      if (score >= 9) promoters++;
      else if (score <= 6) detractors++;
    }
  }
  if (answers === 0) return { ok: false, reason: "empty", message: "No scores: every cell is blank." };
  return { ok: true, nps: (100 * (promoters - detractors)) / answers, answers };
}
