/**
 * The CLI end to end, from the parent: synthetic transactions written to a CSV in a temp dir, then
 * `node bin/custclass.js classify --transactions big.csv --json out.json --out out.xlsx` timed by wall
 * clock, its phases from the progress lines it prints on stderr (one per phase when stderr is a pipe),
 * timestamped here. Peak RSS and CPU time: a --require'd hook writes process.resourceUsage() at exit
 * (Node gives no way to read a finished child's rusage); the child's VmHWM is also polled from /proc,
 * which still tells the peak so far when the run is stopped at the time limit or dies.
 */
import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { once } from "node:events";
import { generateSynthetic, toCsvChunks } from "../src/fixtures/synthetic";
import { SEED, type BenchSize } from "./data";
import { nowMs } from "./stats";

export interface CliResult {
  size: BenchSize;
  csvBytes: number;
  exitCode: number | null;
  /** Signal that ended the CLI (SIGKILL at the time limit), or null. */
  signal: string | null;
  timedOut: boolean;
  wallMs: number;
  /** User + system CPU time (ms), NaN when the run did not finish; steadier than wall on a shared machine. */
  cpuMs: number;
  peakRssMB: number;
  /** ms from start to each phase line ("reading", "classifying", …, "done"). */
  phases: { phase: string; atMs: number }[];
  xlsxBytes: number;
  jsonBytes: number;
}

const PRELOAD = `"use strict";
// Written by the CustClass bench: reports this process's peak RSS (kB) and CPU time (µs) when it exits.
const fs = require("node:fs");
process.on("exit", () => {
  const u = process.resourceUsage();
  try { fs.writeFileSync(process.env.CUSTCLASS_BENCH_RSS_FILE, u.maxRSS + " " + (u.userCPUTime + u.systemCPUTime)); } catch {}
});
`;

/** Writes the transactions CSV (header + rows, as an export would be) and returns its path and size. */
export async function writeTransactionsCsv(
  size: BenchSize,
  dir: string,
): Promise<{ path: string; bytes: number }> {
  const path = join(dir, "big.csv");
  const data = generateSynthetic({
    customers: size.customers,
    transactions: size.transactions,
    seed: SEED,
    dates: "iso",
  });
  const out = createWriteStream(path);
  for (const chunk of toCsvChunks(data.transactions, 20_000)) {
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { path, bytes: (await stat(path)).size };
}

function polledHwmKb(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

export async function runCli(
  root: string,
  size: BenchSize,
  csv: { path: string; bytes: number },
  dir: string,
  timeLimitMs: number,
): Promise<CliResult> {
  const preload = join(dir, "peak-rss.cjs");
  const rssFile = join(dir, "cli-maxrss.txt");
  await writeFile(preload, PRELOAD);
  const xlsx = join(dir, "out.xlsx");
  const json = join(dir, "out.json");
  const args = [
    "--require",
    preload,
    resolve(root, "bin/custclass.js"),
    "classify",
    "--transactions",
    csv.path,
    "--json",
    json,
    "--out",
    xlsx,
    "--lang",
    "en-US",
  ];
  const phases: { phase: string; atMs: number }[] = [];
  const t0 = nowMs();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, CUSTCLASS_BENCH_RSS_FILE: rssFile },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let pending = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (text: string) => {
    const at = nowMs() - t0;
    pending += text;
    let nl: number;
    while ((nl = pending.indexOf("\n")) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      const m = /^custclass: (\S+?)(?:…| \()/.exec(line);
      if (m) phases.push({ phase: m[1]!, atMs: at });
      else if (line.trim()) process.stderr.write(`  [cli] ${line}\n`);
    }
  });
  let polledKb = NaN;
  const poll = setInterval(() => {
    const kb = polledHwmKb(child.pid);
    if (Number.isFinite(kb)) polledKb = Number.isFinite(polledKb) ? Math.max(polledKb, kb) : kb;
  }, 200);
  let timedOut = false;
  const limit = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, timeLimitMs);
  const [code, signal] = (await once(child, "exit")) as [number | null, string | null];
  const wallMs = nowMs() - t0;
  clearInterval(poll);
  clearTimeout(limit);
  const [rssText, cpuText] = (await readFile(rssFile, "utf8").catch(() => "NaN NaN")).split(" ");
  const reportedKb = Number(rssText);
  const maxRssKb = Number.isFinite(reportedKb) ? reportedKb : polledKb;
  const size0 = async (p: string) => (await stat(p).catch(() => ({ size: 0 }))).size;
  return {
    size,
    csvBytes: csv.bytes,
    exitCode: code,
    signal,
    timedOut,
    wallMs,
    cpuMs: Number(cpuText) / 1000,
    peakRssMB: maxRssKb / 1024,
    phases,
    xlsxBytes: await size0(xlsx),
    jsonBytes: await size0(json),
  };
}
