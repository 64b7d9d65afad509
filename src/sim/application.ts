/** Excel.Application: calculation mode and the two "until next sync" switches. */
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import { bound, SimObject, type PropTable, type ProxyContext } from "./proxy";
import { requireApi } from "./simulator-core";

const CALC_MODES = ["Automatic", "AutomaticExceptTables", "Manual"];

interface SuspendableContext extends ProxyContext {
  _suspendCalc: boolean;
  _suspendScreen: boolean;
}

export class SimApplication extends SimObject<SimHost> {
  get _className(): string {
    return "Application";
  }
  constructor(private readonly ctx: SuspendableContext) {
    super(ctx, null, bound(ctx._host), "Application");
  }
  protected _props(): PropTable<SimHost> {
    return {
      calculationMode: {
        get: (h) => h.state.calculationMode,
        set: (h, v) => {
          if (!CALC_MODES.includes(String(v))) throw new SimError(SimErrorCode.invalidArgument);
          if (v === "Manual" && h.state.calculationMode !== "Manual") h.materializeFormulas();
          h.state.calculationMode = v as "Automatic";
          h.dirty();
        },
      },
      calculationState: { get: () => "Done" },
      calculationEngineVersion: { get: () => 0x0e0000 },
      decimalSeparator: { get: () => "." },
      thousandsSeparator: { get: () => "," },
      useSystemSeparators: { get: () => true },
    };
  }
  get calculationMode(): "Automatic" | "AutomaticExceptTables" | "Manual" {
    return this._get("calculationMode");
  }
  set calculationMode(v: "Automatic" | "AutomaticExceptTables" | "Manual") {
    this._set("calculationMode", v);
  }
  get calculationState(): "Done" | "Calculating" | "Pending" {
    return this._get("calculationState");
  }
  get decimalSeparator(): string {
    return this._get("decimalSeparator");
  }
  get thousandsSeparator(): string {
    return this._get("thousandsSeparator");
  }
  get useSystemSeparators(): boolean {
    return this._get("useSystemSeparators");
  }
  calculate(_calculationType: "Recalculate" | "Full" | "FullRebuild"): void {
    this._queue("calculate", 16, (h) => h.dirty());
  }
  /** ExcelApi 1.6: calculation is suspended for the next sync only. */
  suspendApiCalculationUntilNextSync(): void {
    requireApi(this.ctx._host, "1.6", "Application.suspendApiCalculationUntilNextSync");
    this.ctx._suspendCalc = true;
    this._queue("suspendApiCalculationUntilNextSync", 0, () => undefined);
  }
  /** ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void {
    requireApi(this.ctx._host, "1.9", "Application.suspendScreenUpdatingUntilNextSync");
    this.ctx._suspendScreen = true;
    this._queue("suspendScreenUpdatingUntilNextSync", 0, () => undefined);
  }
}
