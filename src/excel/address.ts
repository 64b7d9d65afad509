/** A1 helpers for the workbook layer (0-based indexes in, Excel letters out). */
export function columnLetter(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/**
 * Sheet-qualified address as Excel writes it: quotes unless the name is a plain identifier (letters of
 * any script, digits, "_" and "." after the first letter: 销售明细!A2) that cannot be read as a cell
 * reference (A1, R1C1).
 */
export function qualified(sheet: string, address: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) &&
    !/^[A-Za-z]{1,3}\d+$/.test(sheet) &&
    !/^[Rr]\d*[Cc]\d*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}
