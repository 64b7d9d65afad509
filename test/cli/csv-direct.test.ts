/**
 * The CLI reads a transactions CSV straight into the engine's table (importCsvTable). It must give the
 * engine exactly what the workbook round trip gives (importCsvSheet, then the sheet's used range read
 * back): the same cells, types and box. Checked here on the cells that Excel's typed-input rules turn
 * into something else, with blank rows and columns around the data.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importCsvSheet, importCsvTable } from "../../src/cli/csv-import";
import { locate, readSource } from "../../src/excel/source";
import { createSimulator, createWorkbookState } from "../../src/sim";
import { contextOf } from "../workbook/helpers";

const CELLS = [
  "SO00000001",
  "C052570",
  "文件柜",
  "2023-01-01",
  "2023/1/5 14:20",
  "3/4/2024",
  "12:30",
  "944.22",
  "-5",
  "007",
  "0",
  "0.50",
  "1,234.5",
  "$12.50",
  "(12)",
  "15%",
  "1e3",
  "TRUE",
  "false",
  "'quoted",
  "=SUM(A1)",
  "+x",
  "-abc",
  "@who",
  " 42 ",
  "12345678901234567",
  "#N/A",
  "true story",
  "Total",
  " ",
  "",
];

function csvText(): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ["", ",Date,Value,Note"];
  CELLS.forEach((c, i) =>
    lines.push(`,2024-01-${String((i % 28) + 1).padStart(2, "0")},${q(c)},${i % 3 === 0 ? "" : q(c)}`),
  );
  lines.push(",,,", "");
  return lines.join("\n");
}

test("the direct table equals the sheet read back", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "custclass-csv-")), "sales.csv");
  writeFileSync(path, csvText());

  const viaSheet = createSimulator(createWorkbookState([]));
  const ctxA = contextOf(viaSheet, "en-US");
  const sheet = await importCsvSheet(ctxA, path, "transactions", "en-US");
  const expected = await readSource(ctxA, await locate(ctxA, { kind: "sheet", sheet }));

  const direct = createSimulator(createWorkbookState([]));
  const { sheet: name, raw } = await importCsvTable(
    contextOf(direct, "en-US"),
    path,
    "transactions",
    "en-US",
  );
  expect(name).toBe(sheet);
  expect(raw).toEqual(expected);
});
