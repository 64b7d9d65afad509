/**
 * Large sheets through the simulator, which enforces Excel on the web's 5 MB request/response limit
 * (src/sim/budget.ts) and counts syncs. 50,000 and 200,000 transaction rows (seeded synthetic data,
 * src/fixtures) are classified; the sync count must grow like rows / block size (blocks of ~2.5 MB),
 * never per row. Assertions are on sim.stats, not on time.
 */
import { classifyWorkbook } from "../../src/excel/classify-workbook";
import { WorkbookError } from "../../src/excel/errors";
import { createSimulator, createWorkbookState, PAYLOAD_LIMIT_BYTES } from "../../src/sim";
import type { SimWorkbookState } from "../../src/sim";
import { generateSynthetic, type SyntheticTable } from "../../src/fixtures/synthetic";
import { contextOf, firstDifference, snapshotSheet, workbookShape } from "./helpers";

// Whole-workbook runs through the simulator take seconds each on a 2-core machine.
jest.setTimeout(60_000);

/** Puts a table into a sheet's cells as a loaded .xlsx would hold them (header in row 1). */
function fillSheet(state: SimWorkbookState, name: string, table: SyntheticTable): void {
  const sheet = state.sheets.find((s) => s.name === name)!;
  sheet.rows[0] = { v: [...table.header] };
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    sheet.rows[i + 1] = { v: row.map((x) => (x === null ? undefined : x)) };
  }
}

function workbook(customers: number, transactions: number): SimWorkbookState {
  const data = generateSynthetic({ customers, transactions, seed: 7, headers: "zh" });
  const state = createWorkbookState(["客户", "销售"]);
  fillSheet(state, "客户", data.customers);
  fillSheet(state, "销售", data.transactions);
  return state;
}

interface Measured {
  syncs: number;
  failedSyncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** UTF-8 JSON size of the transaction sheet's values: what reading it sends back in all. */
  sheetBytes: number;
}

describe("large sheets stay within Excel's limits with a bounded number of syncs", () => {
  const measured: Record<number, Measured> = {};

  test.each([50_000, 200_000])(
    "%i transaction rows",
    async (rows) => {
      const state = workbook(2_000, rows);
      const sim = createSimulator(state);
      const out = await classifyWorkbook(contextOf(sim), {
        customers: { kind: "sheet", sheet: "客户" },
        transactions: { kind: "sheet", sheet: "销售" },
      });
      // Every line but the few the generator makes unusable on purpose (refund documents count) is read.
      expect(out.result.summary.transactions).toBeGreaterThan(rows * 0.95);
      const s = sim.stats;
      const values = sim.workbook.sheet("销售").rows.map((r) => r?.v.map((v) => v ?? null) ?? []);
      const m = {
        syncs: s.syncs,
        failedSyncs: s.failedSyncs,
        maxRequestBytes: s.maxRequestBytes,
        maxResponseBytes: s.maxResponseBytes,
        sheetBytes: Buffer.byteLength(JSON.stringify(values)),
      };
      measured[rows] = m;
      // The simulator fails any request or response over 5 MB; none failed, none came near it.
      expect(m.failedSyncs).toBe(0);
      expect(m.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES * 0.6);
      expect(m.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES * 0.6);
      console.log(`${rows} rows: ${JSON.stringify(m)}`);
    },
    120_000,
  );

  test("syncs grow like rows / block size, not per row", () => {
    const a = measured[50_000]!;
    const b = measured[200_000]!;
    // Blocks aim at half the 5 MB limit, so the extra rows need about extraBytes / 2.5 MB more reads;
    // allow one more for rounding and the blind first block. One sync per row would be 150,000 more.
    const blockBytes = PAYLOAD_LIMIT_BYTES / 2;
    const expectedExtra = Math.ceil((b.sheetBytes - a.sheetBytes) / blockBytes);
    const extra = b.syncs - a.syncs;
    expect(extra).toBeGreaterThanOrEqual(expectedExtra - 1);
    expect(extra).toBeLessThanOrEqual(expectedExtra + 1);
  });
});

describe("a tight payload limit: many blocks, none over the limit, and cancelling mid-write undoes it", () => {
  // A 100 kB limit (instead of 5 MB) makes the 2,000-customer write take many blocks.
  const LIMIT = 100_000;
  const tight = (state: SimWorkbookState) =>
    createSimulator(state, { budget: { requestLimitBytes: LIMIT, responseLimitBytes: LIMIT } });

  test("every request and response stays under the limit", async () => {
    const sim = tight(workbook(2_000, 10_000));
    const ctx = contextOf(sim, "zh-CN");
    const out = await classifyWorkbook(
      { ...ctx, host: { ...ctx.host, payloadLimitBytes: LIMIT } },
      { customers: { kind: "sheet", sheet: "客户" }, transactions: { kind: "sheet", sheet: "销售" } },
    );
    expect(out.placed.length).toBeGreaterThan(10);
    expect(sim.stats.failedSyncs).toBe(0);
    expect(sim.stats.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    expect(sim.stats.maxResponseBytes).toBeLessThanOrEqual(LIMIT);
    // Many blocks: the 10,000 transaction lines alone are over 1 MB of JSON.
    expect(sim.stats.syncs).toBeGreaterThan(20);
  }, 60_000);

  test("cancelled after the first written block, the workbook is as before", async () => {
    const sim = tight(workbook(2_000, 10_000));
    const cells = ["客户", "销售"].map((n) => snapshotSheet(sim.workbook.state, n));
    const shape = workbookShape(sim.workbook.state);
    const ctx = contextOf(sim, "zh-CN");
    const abort = new AbortController();
    let blocks = 0;
    const err = await classifyWorkbook(
      {
        ...ctx,
        host: { ...ctx.host, payloadLimitBytes: LIMIT },
        signal: abort.signal,
        onProgress: (e) => {
          if (e.phase === "writing" && e.fraction > 0 && ++blocks === 2) abort.abort();
        },
      },
      { customers: { kind: "sheet", sheet: "客户" }, transactions: { kind: "sheet", sheet: "销售" } },
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).code).toBe("cancelled");
    expect(workbookShape(sim.workbook.state)).toEqual(shape);
    ["客户", "销售"].forEach((n, i) =>
      expect(firstDifference(snapshotSheet(sim.workbook.state, n), cells[i]!)).toBeNull(),
    );
  }, 60_000);
});
