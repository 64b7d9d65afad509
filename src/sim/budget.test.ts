/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read -- these heuristics target add-in code; here they misread ClientResult.value, isNullObject and set-then-load, and proxy.test.ts reads before sync on purpose */
/**
 * Payload and cell limits. Source: learn.microsoft.com/office/dev/add-ins/concepts/
 * resource-limits-and-performance-optimization#excel-add-ins — "Excel on the web has a payload size
 * limit for requests and responses of 5MB" and "A range is limited to 5,000,000 cells for read
 * operations"; error codes RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded /
 * RangeExceedsLimit from the error table in testing/application-specific-api-error-handling.
 */
import fc from "fast-check";
import { jsonSize, PAYLOAD_LIMIT_BYTES } from "./budget";
import { createSimulator } from "./simulator";

const ROWS = 200_000;
const COLS = 8;

function bigSheet() {
  const sim = createSimulator();
  const rows: unknown[][] = [["CustomerId", "Date", "Amount", "Qty", "Product", "Region", "Order", "Note"]];
  for (let i = 1; i <= ROWS; i++)
    rows.push([
      `C${String(i % 5000).padStart(5, "0")}`,
      45000 + (i % 700),
      (i * 7.31) % 1000,
      i % 9,
      `Product ${i % 37}`,
      ["East", "West", "North"][i % 3],
      `SO-${i}`,
      "",
    ]);
  sim.workbook.setValues(`Sheet1!A1:H${ROWS + 1}`, rows);
  return sim;
}

describe("payload budget", () => {
  const sim = bigSheet();

  test(`reading ${ROWS} rows × ${COLS} columns in one sync fails with ResponsePayloadSizeLimitExceeded`, async () => {
    sim.resetStats();
    const err = await sim
      .run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Sheet1").getRange(`A2:H${ROWS + 1}`);
        r.load("values");
        await ctx.sync();
        return r.values.length;
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: "RichApi.Error", code: "ResponsePayloadSizeLimitExceeded" });
    // The response would have been well over the limit; nothing was handed back.
    expect(sim.stats.lastResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test("reading the same rows in 10k-row blocks (one sync each) succeeds, every response under 5 MB", async () => {
    sim.resetStats();
    const t0 = Date.now();
    let total = 0;
    let amountSum = 0;
    await sim.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      for (let start = 2; start <= ROWS + 1; start += 10_000) {
        const end = Math.min(start + 9_999, ROWS + 1);
        const r = sheet.getRange(`A${start}:H${end}`);
        r.load("values");
        await ctx.sync();
        total += r.values.length;
        for (const row of r.values) amountSum += row[2] as number;
        r.untrack();
      }
    });
    const ms = Date.now() - t0;
    expect(total).toBe(ROWS);
    // Hand check: the amounts written were (i·7.31) mod 1000 for i = 1..ROWS.
    let expected = 0;
    for (let i = 1; i <= ROWS; i++) expected += (i * 7.31) % 1000;
    expect(amountSum).toBeCloseTo(expected, 3);
    expect(sim.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // 20 block reads; the run's final flush has nothing queued except the last untrack (not an action).
    expect(sim.stats.syncs).toBe(20);
    console.log(`200k×8 read in 10k blocks: ${ms} ms, max response ${sim.stats.maxResponseBytes} bytes`);
  }, 60_000);

  test("writing all rows in one request fails with RequestPayloadSizeLimitExceeded and writes nothing", async () => {
    const small = createSimulator();
    const values = Array.from({ length: ROWS }, (_, i) => [
      `row ${i}`,
      i,
      i * 1.5,
      "some text to make it larger",
    ]);
    const err = await small
      .run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange(`A1:D${ROWS}`).values = values;
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(small.workbook.getValues("Sheet1!A1:B1")).toEqual([["", ""]]);
  });

  test("the limits can be switched off (e.g. for desktop-Excel scenarios)", async () => {
    const s = createSimulator(undefined, { budget: { enforcePayloadLimits: false } });
    s.workbook.setValues(
      "Sheet1!A1:A300000",
      Array.from({ length: 300_000 }, (_, i) => [`value number ${i}`]),
    );
    const n = await s.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A300000").load("values");
      await ctx.sync();
      return r.values.length;
    });
    expect(n).toBe(300_000);
    expect(s.stats.maxResponseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test("a read of more than 5,000,000 cells fails with RangeExceedsLimit (all platforms)", async () => {
    const s = createSimulator(undefined, { budget: { enforcePayloadLimits: false } });
    const err = await s
      .run(async (ctx) => {
        // A:E is 5 × 1,048,576 = 5,242,880 cells.
        const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A:E").load("values");
        await ctx.sync();
        return r.values;
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "RangeExceedsLimit" });
  });
});

describe("sync counting", () => {
  test("queued work costs one round trip per sync; empty syncs are free", async () => {
    const sim = createSimulator();
    await sim.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1");
      s.getRange("A1").values = [[1]];
      s.getRange("A2").values = [[2]];
      await ctx.sync(); // 1 round trip
      await ctx.sync(); // nothing queued: not sent (Office.js syncPrivate returns when !req.hasActions)
      const r = s.getRange("A1:A2").load("values");
      await ctx.sync(); // 2
      expect(r.values).toEqual([[1], [2]]);
    });
    expect(sim.stats.syncs).toBe(2);
    expect(sim.stats.syncCalls).toBe(4); // 3 explicit + run's final flush
  });

  test("Excel.run's final sync flushes writes that were never synced", async () => {
    const sim = createSimulator();
    // eslint-disable-next-line @typescript-eslint/require-await -- no sync on purpose: run() must flush
    await sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["late"]];
    });
    expect(sim.workbook.getValues("Sheet1!B2")).toEqual([["late"]]);
    expect(sim.stats.syncs).toBe(1);
  });
});

describe("jsonSize", () => {
  const enc = new TextEncoder();
  test("equals the UTF-8 length of JSON.stringify for cell grids (property-based)", () => {
    const cell = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.integer(),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }), (grid) => {
        expect(jsonSize(grid)).toBe(enc.encode(JSON.stringify(grid)).length);
      }),
      { numRuns: 300 },
    );
  });
  test("counts CJK text as 3 bytes per character", () => {
    expect(jsonSize("客户")).toBe(2 + 6);
  });
});
