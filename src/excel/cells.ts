/** Writing small blocks (summary, standard sheet) safely: text cells get the "@" format first. */
export type Out = string | number | boolean | null;

export interface Block {
  top: number;
  left: number;
  rows: Out[][];
  /** Number format per column; by default "@" (text) for text and "General" for numbers, booleans and blanks. */
  formats?: (string | undefined)[];
}

export function normaliseRows(rows: Out[][]): { values: (string | number | boolean)[][]; width: number } {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return { values: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? "")), width };
}

/**
 * Queues a block's formats, then its values, on a worksheet (no sync: the caller batches several
 * blocks). The text format goes first so that user text such as "=HYPERLINK(…)", "+86 …" or "@x" is
 * stored as text: Excel reads a string written to `values` as typed input, formulas included.
 */
export function queueBlock(ws: Excel.Worksheet, block: Block): Excel.Range {
  const { values, width } = normaliseRows(block.rows);
  const range = ws.getRangeByIndexes(block.top, block.left, values.length, width);
  range.numberFormat = values.map((row) =>
    row.map((v, c) => block.formats?.[c] ?? (typeof v === "string" && v !== "" ? "@" : "General")),
  );
  range.values = values;
  return range;
}
