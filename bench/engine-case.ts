/**
 * Our side, in a bench child: `readTables` on the RawTables (parse), then either RFM + ABC alone
 * (aggregateActivity → classifyAbc + classifyRfm, the default standard: rf10, value ties, net refunds,
 * ABC 80/95 on revenue) or the full `classify` on every dimension. For RFM + ABC the reader is given the
 * four transaction columns those use, as the peer's table is (arquero-rfm.ts TX_COLUMNS): the others
 * are left unmapped, as a user who maps only those would. The full classification reads every column.
 */
import { classify } from "../src/engine/classify";
import { aggregateActivity } from "../src/engine/dimensions/activity/aggregate";
import { classifyRfm } from "../src/engine/dimensions/rfm/classify";
import { classifyAbc } from "../src/engine/dimensions/value/abc";
import { TRANSACTION_FIELDS, type TransactionField } from "../src/engine/read/headerDictionary";
import type { MappingOverride } from "../src/engine/read/headers";
import { readTables } from "../src/engine/read/tables";
import { mergeStandard } from "../src/engine/standard/merge";
import { idSortOrder } from "../src/engine/stats/ids";
import { agreementOf, type Agreement } from "./agreement";
import type { BenchData } from "./data";
import { markBaseline, measureStep, type StepMemory } from "./memory";
import { gcMsBetween } from "./gc-time";
import { cpuMs, nowMs } from "./stats";

export interface Rep {
  parseMs: number;
  computeMs: number;
  totalMs: number;
  /** CPU time (user + system) of the same steps. */
  parseCpuMs: number;
  computeCpuMs: number;
  /** Of which garbage collection (ms). */
  parseGcMs: number;
  computeGcMs: number;
  memory: StepMemory;
  /** All dimensions: building the result's customer records on their first read, after compute and
   *  not in it (classify leaves them to the first reader: the worker packs columns instead). */
  recordsMs?: number;
}

const LANG = "en-US";

/** RFM + ABC read date, order, customer and amount; every other transaction field is unmapped. */
const RFM_ABC_USES: readonly TransactionField[] = ["customerId", "date", "order", "amount"];
const RFM_ABC_MAPPING: MappingOverride<TransactionField> = Object.fromEntries(
  TRANSACTION_FIELDS.filter((f) => !RFM_ABC_USES.includes(f)).map((f) => [f, null]),
);

/** Parse + RFM + ABC, one repetition. */
export async function engineRfmAbcRep(data: BenchData): Promise<{ rep: Rep; agreement: Agreement }> {
  const { standard } = mergeStandard({});
  const base = markBaseline();
  const c0 = cpuMs();
  const t0 = nowMs();
  const read = readTables(data.customersRaw, data.transactionsRaw, {
    lang: LANG,
    refunds: standard.refunds,
    transactionMapping: RFM_ABC_MAPPING,
  });
  const t1 = nowMs();
  const c1 = cpuMs();
  const { customers, tx, asOf } = read;
  const idOrder = idSortOrder(customers.ids);
  const activity = aggregateActivity(
    { customers, tx, asOf },
    { refunds: standard.refunds, windowDays: standard.frequency.windowDays },
  );
  const abc = classifyAbc(activity, customers.ids, standard.abc, idOrder);
  const rfm = classifyRfm(activity, customers.ids, standard.rfm, idOrder);
  const t2 = nowMs();
  const c2 = cpuMs();
  const memory = measureStep(base);
  const agreement = agreementOf(customers.ids, rfm.output.classes, abc.output.classes);
  const rep: Rep = {
    parseMs: t1 - t0,
    computeMs: t2 - t1,
    totalMs: t2 - t0,
    parseCpuMs: c1 - c0,
    computeCpuMs: c2 - c1,
    parseGcMs: await gcMsBetween(t0, t1),
    computeGcMs: await gcMsBetween(t1, t2),
    memory,
  };
  return { rep, agreement };
}

/**
 * The full classification, one repetition. `classify` reads and computes in one call, so the reader is
 * timed alone first (its result dropped) and compute = classify − that read, in the same repetition.
 */
export async function engineFullRep(
  data: BenchData,
): Promise<{ rep: Rep; customers: number; issues: number }> {
  markBaseline();
  const { ms: parseMs, cpu: parseCpuMs, gcMs: parseGcMs } = await timeRead(data);
  const base = markBaseline();
  const c1 = cpuMs();
  const t1 = nowMs();
  const outcome = classify({ customers: data.customersRaw, transactions: data.transactionsRaw, lang: LANG });
  const totalMs = nowMs() - t1;
  const totalCpuMs = cpuMs() - c1;
  const memory = measureStep(base);
  const gcMs = await gcMsBetween(t1, t1 + totalMs);
  const t2 = nowMs();
  const customers = outcome.result.customers.length;
  const recordsMs = nowMs() - t2;
  return {
    rep: {
      parseMs,
      computeMs: totalMs - parseMs,
      totalMs,
      parseCpuMs,
      computeCpuMs: totalCpuMs - parseCpuMs,
      parseGcMs,
      computeGcMs: Math.max(0, gcMs - parseGcMs),
      memory,
      recordsMs,
    },
    customers,
    issues: outcome.result.issues.length,
  };
}

/** The reader alone; its result is garbage as soon as this returns. */
async function timeRead(data: BenchData): Promise<{ ms: number; cpu: number; gcMs: number }> {
  const c0 = cpuMs();
  const t0 = nowMs();
  const read = readTables(data.customersRaw, data.transactionsRaw, { lang: LANG });
  const t1 = nowMs();
  const cpu = cpuMs() - c0;
  if (read.tx.n === 0) throw new Error("the reader found no transactions in the synthetic data");
  return { ms: t1 - t0, cpu, gcMs: await gcMsBetween(t0, t1) };
}
