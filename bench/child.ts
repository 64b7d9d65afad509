/**
 * Each measured case runs in a fresh Node process (this same bundle, forked with --expose-gc), so one
 * case's heap, JIT state and garbage never bias another's time or memory. The parent sends nothing but
 * the spec (in an environment variable); the child answers with one message.
 */
import { fork } from "node:child_process";
import type { Agreement } from "./agreement";
import { arqueroRep } from "./arquero-case";
import { benchData, type BenchSize } from "./data";
import { engineFullRep, engineRfmAbcRep, type Rep } from "./engine-case";
import { watchGc } from "./gc-time";
import { nowMs } from "./stats";
import { xlsxWriteCase, type XlsxSpec, type XlsxResult } from "./xlsx-case";

export const CHILD_ENV = "CUSTCLASS_BENCH_CHILD";

export type EngineCaseName = "ours-rfm-abc" | "ours-full" | "arquero";

export type ChildSpec =
  { kind: "engine"; name: EngineCaseName; size: BenchSize; reps: number } | { kind: "xlsx"; spec: XlsxSpec };

export interface EngineCaseResult {
  name: EngineCaseName;
  size: BenchSize;
  reps: Rep[];
  /** ms to generate the synthetic rows (not measured against anything). */
  setupMs: number;
  agreement?: Agreement;
  customers?: number;
}

export type ChildResult = EngineCaseResult | XlsxResult;

/** Node flags of every child: a GC to call between steps, and room for the 1M-row cases. */
const CHILD_FLAGS = ["--expose-gc", "--max-old-space-size=8192"];

export function runInChild<T extends ChildResult>(spec: ChildSpec, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(process.argv[1]!, [], {
      execArgv: CHILD_FLAGS,
      env: { ...process.env, [CHILD_ENV]: JSON.stringify(spec) },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let answer: T | null = null;
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("message", (m) => (answer = m as T));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (answer) resolve(answer);
      else
        reject(
          new Error(
            `bench child ${JSON.stringify(spec)} ended without a result (code ${code}, signal ${signal})`,
          ),
        );
    });
  });
}

async function childMain(spec: ChildSpec): Promise<ChildResult> {
  if (spec.kind === "xlsx") return xlsxWriteCase(spec.spec);
  watchGc();
  const t0 = nowMs();
  const data = benchData(spec.size);
  const setupMs = nowMs() - t0;
  const reps: Rep[] = [];
  const result: EngineCaseResult = { name: spec.name, size: spec.size, reps, setupMs };
  for (let i = 0; i < spec.reps; i++) {
    if (spec.name === "ours-full") {
      const r = await engineFullRep(data);
      reps.push(r.rep);
      result.customers = r.customers;
    } else {
      const r = spec.name === "arquero" ? await arqueroRep(data) : await engineRfmAbcRep(data);
      reps.push(r.rep);
      result.agreement = r.agreement;
    }
  }
  return result;
}

/** In a child: run the spec, send the result, exit. */
export function childEntry(specText: string): void {
  childMain(JSON.parse(specText) as ChildSpec).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (e: unknown) => {
      process.stderr.write(
        `bench child failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exit(1);
    },
  );
}
