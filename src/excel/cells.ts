/** Writing small blocks (summary, standard sheet) safely: text cells get the "@" format first. */
export type Out = string | number | null;

export interface Block {
  top: number;
  left: number;
  rows: Out[][];
  /** Number format per column ("@" for text); defaults to "@" for strings, "General" for numbers. */
  formats?: (string | undefined)[];
}

export function normaliseRows(rows: Out[][]): { values: (string | number)[][]; width: number } {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return { values: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? "")), width };
}

/** Queues a block's formats and values on a worksheet (no sync: the caller batches several blocks). */
export function queueBlock(ws: Excel.Worksheet, block: Block): Excel.Range {
  const { values, width } = normaliseRows(block.rows);
  const range = ws.getRangeByIndexes(block.top, block.left, values.length, width);
  range.numberFormat = values.map((row) =>
    row.map((v, c) => block.formats?.[c] ?? (typeof v === "number" ? "General" : "@")),
  );
  range.values = values;
  return range;
}
