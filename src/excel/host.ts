/**
 * What the workbook layer needs from its host: a way to run a batch against a workbook, and the
 * requirement-set check. In Excel it is `Excel.run` and `Office.context.requirements`; in the CLI,
 * the playground and the tests it is the simulator. The layer never imports either directly.
 */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface ExcelHost {
  run<T>(batch: ExcelBatch<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Largest request or response Excel accepts, in bytes (5 MB on the web; the layer budgets against it). */
  payloadLimitBytes: number;
}

/** The real Excel host. Only call inside Office (after Office.onReady reported Excel). */
export function officeHost(): ExcelHost {
  return {
    // delayForCellEdit makes Excel wait instead of failing while the user edits a cell (ExcelApi 1.11+);
    // older hosts ignore the option and the run wrapper retries instead.
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    payloadLimitBytes: 5 * 1024 * 1024,
  };
}
