/**
 * A classification's customers crossing from the engine worker to the task pane. postMessage copies
 * with V8's ValueSerializer, which node:v8 serialize/deserialize expose. The peer is that copy of the
 * records themselves (what the worker used to post); ours packs them as columns, copies those and
 * rebuilds the records (src/worker/customer-columns.ts). The pane's side (read + rebuild) runs on its
 * UI thread, so it is the number that matters; the worker's side is shown too. The worker now packs
 * classify's columns before any record exists (engine/lazyCustomers.ts): that row's worker side has no
 * records to build or read; building them is shown on its own line.
 */
import { deserialize, serialize, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { classify } from "../src/engine/classify";
import { pendingCustomerColumns } from "../src/engine/lazyCustomers";
import { packCustomers, packResultColumns, unpackCustomers } from "../src/worker/customer-columns";
import { benchData, type BenchSize } from "./data";
import { median, nowMs } from "./stats";

/** A full GC before each timed copy: the heap holds two classifications, and a major GC landing in one
 *  copy and not the next made single runs vary 3× (this runs in the bench's main process, without
 *  --expose-gc). */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

interface Side {
  worker: number;
  pane: number;
  mb: number;
}

export function transferSection(size: BenchSize, runs = 3): string {
  const d = benchData(size);
  const run = () => classify({ customers: d.customersRaw, transactions: d.transactionsRaw, lang: "en-US" });
  const unread = run().result; // its records never built: what the worker packs
  const pending = pendingCustomerColumns(unread);
  if (pending === undefined) throw new Error("classify built its records");
  const { result } = run();
  const t0 = nowMs();
  const customers = result.customers;
  const recordsMs = nowMs() - t0;
  const peer: Side[] = [];
  const ours: Side[] = [];
  const direct: Side[] = [];
  const gc = collector();
  for (let i = 0; i < runs; i++) {
    // Alternating, so that both see the same machine.
    gc();
    let t = nowMs();
    const bytes = serialize(customers);
    const w = nowMs() - t;
    t = nowMs();
    deserialize(bytes);
    peer.push({ worker: w, pane: nowMs() - t, mb: bytes.length / 1e6 });

    gc();
    t = nowMs();
    const packed = serialize(packCustomers(customers));
    const w2 = nowMs() - t;
    t = nowMs();
    const back = unpackCustomers(deserialize(packed) as ReturnType<typeof packCustomers>);
    ours.push({ worker: w2, pane: nowMs() - t, mb: packed.length / 1e6 });
    if (back.length !== customers.length) throw new Error("the columns lost customers");

    gc();
    t = nowMs();
    const packed2 = serialize(packResultColumns(pending));
    const w3 = nowMs() - t;
    t = nowMs();
    const back2 = unpackCustomers(deserialize(packed2) as ReturnType<typeof packCustomers>);
    direct.push({ worker: w3, pane: nowMs() - t, mb: packed2.length / 1e6 });
    if (back2.length !== customers.length) throw new Error("the columns lost customers");
  }
  const med = (xs: Side[], k: keyof Side) => median(xs.map((x) => x[k]));
  const row = (name: string, xs: Side[]) =>
    `| ${name} | ${med(xs, "worker").toFixed(0)} | ${med(xs, "pane").toFixed(0)} | ${med(xs, "mb").toFixed(1)} |`;
  return [
    `## Worker → task pane: ${customers.length.toLocaleString("en-US")} customers' results across postMessage (${size.label}, median of ${runs})`,
    "",
    "| copy | worker side (ms) | pane side, UI thread (ms) | bytes copied (MB) |",
    "| --- | ---: | ---: | ---: |",
    row("records as they are (structured clone)", peer),
    row("ours: columns packed from the records, rebuilt in the pane", ours),
    row("ours: columns packed from classify's columns (no records in the worker)", direct),
    "",
    `building the records in the worker (no longer done): ${recordsMs.toFixed(0)} ms`,
    `pane side, ours / records: ${(med(ours, "pane") / med(peer, "pane")).toFixed(2)}×`,
  ].join("\n");
}
