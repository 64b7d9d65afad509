/** The peer's side, in a bench child: arquero tables from the same rows (parse), then RFM + ABC. */
import { agreementOf, type Agreement } from "./agreement";
import { arqueroRfmAbc, arqueroTable, arqueroTransactions, type ArqueroRfmAbc } from "./arquero-rfm";
import type { BenchData } from "./data";
import type { Rep } from "./engine-case";
import { markBaseline, measureStep } from "./memory";
import { gcMsBetween } from "./gc-time";
import { cpuMs, nowMs } from "./stats";

export async function arqueroRep(data: BenchData): Promise<{ rep: Rep; agreement: Agreement }> {
  const base = markBaseline();
  const c0 = cpuMs();
  const t0 = nowMs();
  const tx = arqueroTransactions(data.transactions);
  // Built like ours reads both tables; the RFM + ABC below does not need the customer columns.
  const customers = arqueroTable(data.customers);
  const t1 = nowMs();
  const c1 = cpuMs();
  const result = arqueroRfmAbc(tx);
  const t2 = nowMs();
  const c2 = cpuMs();
  const memory = measureStep(base);
  if (customers.numRows() !== data.customers.rows.length) throw new Error("arquero lost customer rows");
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
  return { rep, agreement: agree(result) };
}

function agree(r: ArqueroRfmAbc): Agreement {
  const seg = new Map<string, string>();
  const abc = new Map<string, string>();
  const segCust = r.segments.array("cust");
  const segVal = r.segments.array("segment");
  for (let i = 0; i < segCust.length; i++) seg.set(String(segCust[i]), String(segVal[i]));
  const abcCust = r.abc.array("cust");
  const abcVal = r.abc.array("abc");
  for (let i = 0; i < abcCust.length; i++) abc.set(String(abcCust[i]), String(abcVal[i]));
  const ids = [...new Set([...seg.keys(), ...abc.keys()])];
  return agreementOf(
    ids,
    ids.map((id) => seg.get(id) ?? null),
    ids.map((id) => abc.get(id) ?? null),
  );
}
