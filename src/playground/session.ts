/**
 * One open workbook in the playground: the simulator over it, the ExcelHost the task pane gets, and a
 * version counter the grid subscribes to. Every batch the task pane runs goes through host.run, which
 * bumps the version when the batch ends (succeeded or not), so the grid shows what Excel would show
 * after each sync-and-return. The grid bumps it too when the user selects cells or changes sheet.
 */
import type { ExcelHost } from "../excel/host";
import { createSimulator, loadXlsx, PAYLOAD_LIMIT_BYTES, saveXlsx, type Simulator } from "../sim";

export interface Session {
  /** Distinct per opened workbook: the task pane is remounted for a new one, as Excel opens a new window. */
  readonly id: number;
  readonly fileName: string;
  readonly sim: Simulator;
  readonly host: ExcelHost;
  subscribe: (listener: () => void) => () => void;
  version: () => number;
  /** Tell subscribers the workbook changed. */
  changed: () => void;
  /** Batches running now. */
  running: () => number;
}

let nextId = 1;

export async function openSession(bytes: ArrayBuffer | Uint8Array, fileName: string): Promise<Session> {
  return sessionFor(createSimulator(await loadXlsx(bytes)), fileName);
}

export function sessionFor(sim: Simulator, fileName: string): Session {
  const listeners = new Set<() => void>();
  let version = 0;
  let inFlight = 0;
  const changed = () => {
    version += 1;
    for (const l of [...listeners]) l();
  };
  const host: ExcelHost = {
    run: async (batch) => {
      inFlight += 1;
      try {
        return await sim.run(batch);
      } finally {
        inFlight -= 1;
        changed();
      }
    },
    isSetSupported: (name, v) => sim.workbook.host.isSupported(name, v),
    payloadLimitBytes: PAYLOAD_LIMIT_BYTES,
  };
  return {
    id: nextId++,
    fileName,
    sim,
    host,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    changed,
    running: () => inFlight,
  };
}

/** The workbook as an .xlsx file, ready to download. */
export async function saveSession(session: Session): Promise<Blob> {
  const bytes = await saveXlsx(session.sim.workbook.state);
  return new Blob([bytes as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

/** "客户.xlsx" → "客户-custclass.xlsx": the download never looks like the file the user opened. */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, "") || "workbook";
  return `${base.endsWith("-custclass") ? base : `${base}-custclass`}.xlsx`;
}
