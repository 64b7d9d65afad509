/**
 * A classification's customers crossing from the engine worker to the task pane. postMessage copies
 * with V8's ValueSerializer, which node:v8 serialize/deserialize expose. The peer is that copy of the
 * records themselves (what the worker used to post); ours packs them as columns, copies those and
 * rebuilds the records (src/worker/customer-columns.ts). The pane's side (read + rebuild) runs on its
 * UI thread, so it is the number that matters; the worker's side is shown too.
 */
import { deserialize, serialize } from "node:v8";
import { classify } from "../src/engine/classify";
import { packCustomers, unpackCustomers } from "../src/worker/customer-columns";
import { benchData, type BenchSize } from "./data";
import { median, nowMs } from "./stats";

interface Side {
  worker: number;
  pane: number;
  mb: number;
}

export function transferSection(size: BenchSize, runs = 3): string {
  const d = benchData(size);
  const { result } = classify({ customers: d.customersRaw, transactions: d.transactionsRaw, lang: "en-US" });
  const customers = result.customers;
  const peer: Side[] = [];
  const ours: Side[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternating, so that both see the same machine.
    let t = nowMs();
    const bytes = serialize(customers);
    const w = nowMs() - t;
    t = nowMs();
    deserialize(bytes);
    peer.push({ worker: w, pane: nowMs() - t, mb: bytes.length / 1e6 });

    t = nowMs();
    const packed = serialize(packCustomers(customers));
    const w2 = nowMs() - t;
    t = nowMs();
    const back = unpackCustomers(deserialize(packed) as ReturnType<typeof packCustomers>);
    ours.push({ worker: w2, pane: nowMs() - t, mb: packed.length / 1e6 });
    if (back.length !== customers.length) throw new Error("the columns lost customers");
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
    row("ours: columns, rebuilt in the pane", ours),
    "",
    `pane side, ours / records: ${(med(ours, "pane") / med(peer, "pane")).toFixed(2)}×`,
  ].join("\n");
}
