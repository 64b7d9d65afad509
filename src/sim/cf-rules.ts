/**
 * The per-type objects of a conditional format (ExcelApi 1.6): ColorScale, DataBar (with its
 * positive/negative formats), IconSet, Custom (rule + format), and the rule-plus-format types
 * CellValue, ContainsText, TopBottom and PresetCriteria; plus ConditionalRangeFormat/Font/Fill.
 * Rule formulas must parse (InvalidArgument otherwise).
 */
import { defaultIconCriteria, ICON_SETS } from "./cf-host";
import { normalizeColor } from "./colors";
import { SimError, SimErrorCode } from "./errors";
import { isValidFormula } from "./formula-parse";
import { prop, SimObject, type AnySimObject, type PropDef, type PropTable, type ProxyContext } from "./proxy";
import type { CfFormat, CfState } from "./state";

function checkFormula(f: unknown): string {
  if (typeof f !== "string") throw new SimError(SimErrorCode.invalidArgument);
  const t = f.startsWith("=") ? f : `=${f}`;
  if (!isValidFormula(t)) throw new SimError(SimErrorCode.invalidArgument);
  return f;
}

/** Text of a rule field given as string or number (anything else → ""). */
export function str(x: unknown): string {
  return typeof x === "string" || typeof x === "number" ? String(x) : "";
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** ConditionalRangeFont / ConditionalRangeFill / ConditionalRangeFormat over a CfFormat. */
class SimCfFont extends SimObject<CfFormat> {
  get _className(): string {
    return "ConditionalRangeFont";
  }
  protected _props(): PropTable<CfFormat> {
    const b = (k: "bold" | "italic" | "strikethrough"): PropDef<CfFormat> => ({
      get: (f) => f[k] ?? null,
      set: (f, v) => void (f[k] = v === true),
    });
    return {
      bold: b("bold"),
      italic: b("italic"),
      strikethrough: b("strikethrough"),
      color: { get: (f) => f.fontColor ?? null, set: (f, v) => void (f.fontColor = normalizeColor(v)) },
      underline: { get: (f) => f.underline ?? "None", set: (f, v) => void (f.underline = String(v)) },
    };
  }
  get bold(): boolean {
    return this._get("bold");
  }
  set bold(v: boolean) {
    this._set("bold", v);
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(v: boolean) {
    this._set("italic", v);
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(v: boolean) {
    this._set("strikethrough", v);
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  get underline(): string {
    return this._get("underline");
  }
  set underline(v: string) {
    this._set("underline", v);
  }
  clear(): void {
    this._queue("clear", 0, (f) => {
      delete f.bold;
      delete f.italic;
      delete f.strikethrough;
      delete f.fontColor;
      delete f.underline;
    });
  }
}

class SimCfFill extends SimObject<CfFormat> {
  get _className(): string {
    return "ConditionalRangeFill";
  }
  protected _props(): PropTable<CfFormat> {
    return {
      color: { get: (f) => f.fillColor ?? null, set: (f, v) => void (f.fillColor = normalizeColor(v)) },
    };
  }
  get color(): string {
    return this._get("color");
  }
  set color(v: string) {
    this._set("color", v);
  }
  clear(): void {
    this._queue("clear", 0, (f) => {
      delete f.fillColor;
    });
  }
}

export class SimConditionalRangeFormat extends SimObject<CfFormat> {
  get _className(): string {
    return "ConditionalRangeFormat";
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return { font: () => this.font, fill: () => this.fill };
  }
  protected _props(): PropTable<CfFormat> {
    return {
      numberFormat: { get: (f) => f.numberFormat ?? null, set: (f, v) => void (f.numberFormat = String(v)) },
    };
  }
  get font(): SimCfFont {
    return this._child(
      "font",
      () =>
        new SimCfFont(
          this._ctx,
          this,
          prop((f: CfFormat) => f),
          this._pathText + ".font",
        ),
    );
  }
  get fill(): SimCfFill {
    return this._child(
      "fill",
      () =>
        new SimCfFill(
          this._ctx,
          this,
          prop((f: CfFormat) => f),
          this._pathText + ".fill",
        ),
    );
  }
  get numberFormat(): string {
    return this._get("numberFormat");
  }
  set numberFormat(v: string) {
    this._set("numberFormat", v);
  }
  clearFormat(): void {
    this._queue("clearFormat", 0, (f) => {
      for (const k of Object.keys(f) as (keyof CfFormat)[]) f[k] = undefined;
    });
  }
}

class SimCfRule extends SimObject<CfState> {
  get _className(): string {
    return "ConditionalFormatRule";
  }
  protected _props(): PropTable<CfState> {
    const p: PropDef<CfState> = {
      get: (cf) => cf.rule?.formula ?? "",
      set: (cf, v) => void (cf.rule = { ...cf.rule, formula: checkFormula(v) }),
    };
    return { formula: p, formulaLocal: p };
  }
  get formula(): string {
    return this._get("formula");
  }
  set formula(v: string) {
    this._set("formula", v);
  }
  get formulaLocal(): string {
    return this._get("formulaLocal");
  }
  set formulaLocal(v: string) {
    this._set("formulaLocal", v);
  }
}

/** Shared base for the type-specific objects: bound to the CF, null when the type differs (…OrNullObject). */
abstract class SimCfPart extends SimObject<CfState> {
  protected fmt(): SimConditionalRangeFormat {
    return this._child(
      "format",
      () =>
        new SimConditionalRangeFormat(
          this._ctx,
          this,
          prop((cf: CfState) => cf.format ?? (cf.format = {})),
          this._pathText + ".format",
        ),
    );
  }
}

export class SimColorScale extends SimCfPart {
  get _className(): string {
    return "ColorScaleConditionalFormat";
  }
  protected _props(): PropTable<CfState> {
    return {
      criteria: {
        get: (cf) => clone(cf.colorScale),
        set: (cf, v) => {
          const c = v as Partial<NonNullable<CfState["colorScale"]>> | null;
          if (!c || typeof c !== "object" || !c.minimum || !c.maximum)
            throw new SimError(SimErrorCode.invalidArgument);
          const norm = (x: { type: string; formula?: string | null; color?: string }) => ({
            type: x.type,
            ...(x.formula !== undefined && x.formula !== null ? { formula: str(x.formula) } : {}),
            ...(x.color !== undefined ? { color: normalizeColor(x.color) } : {}),
          });
          cf.colorScale = {
            minimum: norm(c.minimum),
            maximum: norm(c.maximum),
            ...(c.midpoint ? { midpoint: norm(c.midpoint) } : {}),
          };
        },
      },
      threeColorScale: { get: (cf) => cf.colorScale?.midpoint !== undefined },
    };
  }
  get criteria(): NonNullable<CfState["colorScale"]> {
    return this._get("criteria");
  }
  set criteria(v: NonNullable<CfState["colorScale"]>) {
    this._set("criteria", v);
  }
  get threeColorScale(): boolean {
    return this._get("threeColorScale");
  }
}

class SimDataBarSide extends SimObject<CfState> {
  constructor(
    ctx: ProxyContext,
    parent: AnySimObject,
    private readonly negative: boolean,
  ) {
    super(
      ctx,
      parent,
      prop((cf: CfState) => cf),
      parent._pathText + (negative ? ".negativeFormat" : ".positiveFormat"),
    );
  }
  get _className(): string {
    return this.negative ? "ConditionalDataBarNegativeFormat" : "ConditionalDataBarPositiveFormat";
  }
  protected _props(): PropTable<CfState> {
    const db = (cf: CfState) => cf.dataBar!;
    if (this.negative)
      return {
        fillColor: {
          get: (cf) => db(cf).negativeFillColor,
          set: (cf, v) => void (db(cf).negativeFillColor = normalizeColor(v)),
        },
      };
    return {
      fillColor: {
        get: (cf) => db(cf).positiveFillColor,
        set: (cf, v) => void (db(cf).positiveFillColor = normalizeColor(v)),
      },
      borderColor: {
        get: (cf) => db(cf).positiveBorderColor,
        set: (cf, v) => void (db(cf).positiveBorderColor = normalizeColor(v)),
      },
      gradientFill: {
        get: (cf) => db(cf).gradientFill,
        set: (cf, v) => void (db(cf).gradientFill = v === true),
      },
    };
  }
  get fillColor(): string {
    return this._get("fillColor");
  }
  set fillColor(v: string) {
    this._set("fillColor", v);
  }
  get borderColor(): string {
    return this._get("borderColor");
  }
  set borderColor(v: string) {
    this._set("borderColor", v);
  }
  get gradientFill(): boolean {
    return this._get("gradientFill");
  }
  set gradientFill(v: boolean) {
    this._set("gradientFill", v);
  }
}

export class SimDataBar extends SimCfPart {
  get _className(): string {
    return "DataBarConditionalFormat";
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return { positiveFormat: () => this.positiveFormat, negativeFormat: () => this.negativeFormat };
  }
  protected _props(): PropTable<CfState> {
    const db = (cf: CfState) => cf.dataBar!;
    const rule = (k: "lowerBoundRule" | "upperBoundRule"): PropDef<CfState> => ({
      get: (cf) => clone(db(cf)[k]),
      set: (cf, v) => {
        const r = v as { type?: unknown; formula?: unknown } | null;
        if (!r || typeof r.type !== "string") throw new SimError(SimErrorCode.invalidArgument);
        db(cf)[k] =
          r.formula !== undefined && r.formula !== null
            ? { type: r.type, formula: str(r.formula) }
            : { type: r.type };
      },
    });
    return {
      lowerBoundRule: rule("lowerBoundRule"),
      upperBoundRule: rule("upperBoundRule"),
      barDirection: {
        get: (cf) => db(cf).barDirection,
        set: (cf, v) => void (db(cf).barDirection = String(v)),
      },
      axisFormat: { get: (cf) => db(cf).axisFormat, set: (cf, v) => void (db(cf).axisFormat = String(v)) },
      axisColor: {
        get: (cf) => db(cf).axisColor,
        set: (cf, v) => void (db(cf).axisColor = normalizeColor(v)),
      },
      showDataBarOnly: {
        get: (cf) => db(cf).showDataBarOnly,
        set: (cf, v) => void (db(cf).showDataBarOnly = v === true),
      },
    };
  }
  get positiveFormat(): SimDataBarSide {
    return this._child("positiveFormat", () => new SimDataBarSide(this._ctx, this, false));
  }
  get negativeFormat(): SimDataBarSide {
    return this._child("negativeFormat", () => new SimDataBarSide(this._ctx, this, true));
  }
  get lowerBoundRule(): { type: string; formula?: string } {
    return this._get("lowerBoundRule");
  }
  set lowerBoundRule(v: { type: string; formula?: string }) {
    this._set("lowerBoundRule", v);
  }
  get upperBoundRule(): { type: string; formula?: string } {
    return this._get("upperBoundRule");
  }
  set upperBoundRule(v: { type: string; formula?: string }) {
    this._set("upperBoundRule", v);
  }
  get barDirection(): string {
    return this._get("barDirection");
  }
  set barDirection(v: string) {
    this._set("barDirection", v);
  }
  get axisFormat(): string {
    return this._get("axisFormat");
  }
  set axisFormat(v: string) {
    this._set("axisFormat", v);
  }
  get axisColor(): string {
    return this._get("axisColor");
  }
  set axisColor(v: string) {
    this._set("axisColor", v);
  }
  get showDataBarOnly(): boolean {
    return this._get("showDataBarOnly");
  }
  set showDataBarOnly(v: boolean) {
    this._set("showDataBarOnly", v);
  }
}

export class SimIconSet extends SimCfPart {
  get _className(): string {
    return "IconSetConditionalFormat";
  }
  protected _props(): PropTable<CfState> {
    const is = (cf: CfState) => cf.iconSet!;
    return {
      style: {
        get: (cf) => is(cf).style,
        set: (cf, v) => {
          if (typeof v !== "string" || !ICON_SETS.includes(v))
            throw new SimError(SimErrorCode.invalidArgument);
          is(cf).style = v;
          is(cf).criteria = defaultIconCriteria(v);
        },
      },
      criteria: {
        get: (cf) => clone(is(cf).criteria),
        set: (cf, v) => {
          if (!Array.isArray(v)) throw new SimError(SimErrorCode.invalidArgument);
          is(cf).criteria = (v as (Record<string, unknown> | null)[]).map((c) => ({
            type: str(c?.type) || "Invalid",
            operator: str(c?.operator) || "Invalid",
            formula: str(c?.formula),
            ...(c?.customIcon ? { customIcon: c.customIcon as { set: string; index: number } } : {}),
          }));
        },
      },
      reverseIconOrder: {
        get: (cf) => is(cf).reverseIconOrder,
        set: (cf, v) => void (is(cf).reverseIconOrder = v === true),
      },
      showIconOnly: {
        get: (cf) => is(cf).showIconOnly,
        set: (cf, v) => void (is(cf).showIconOnly = v === true),
      },
    };
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v);
  }
  get criteria(): NonNullable<CfState["iconSet"]>["criteria"] {
    return this._get("criteria");
  }
  set criteria(v: NonNullable<CfState["iconSet"]>["criteria"]) {
    this._set("criteria", v);
  }
  get reverseIconOrder(): boolean {
    return this._get("reverseIconOrder");
  }
  set reverseIconOrder(v: boolean) {
    this._set("reverseIconOrder", v);
  }
  get showIconOnly(): boolean {
    return this._get("showIconOnly");
  }
  set showIconOnly(v: boolean) {
    this._set("showIconOnly", v);
  }
}

export class SimCustomCf extends SimCfPart {
  get _className(): string {
    return "CustomConditionalFormat";
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return { rule: () => this.rule, format: () => this.format };
  }
  protected _props(): PropTable<CfState> {
    return {};
  }
  get rule(): SimCfRule {
    return this._child(
      "rule",
      () =>
        new SimCfRule(
          this._ctx,
          this,
          prop((cf: CfState) => cf),
          this._pathText + ".rule",
        ),
    );
  }
  get format(): SimConditionalRangeFormat {
    return this.fmt();
  }
}

/** CellValue, ContainsText, TopBottom, PresetCriteria: a `rule` object value plus a format. */
export class SimRuleCf extends SimCfPart {
  constructor(
    ctx: ProxyContext,
    parent: AnySimObject,
    mode: ReturnType<typeof prop<CfState, CfState>>,
    path: string,
    private readonly cls: string,
    private readonly validate: (rule: Record<string, unknown>) => Record<string, string | number | undefined>,
  ) {
    super(ctx, parent, mode, path);
  }
  get _className(): string {
    return this.cls;
  }
  protected override _navs(): Record<string, () => AnySimObject> {
    return { format: () => this.format };
  }
  protected _props(): PropTable<CfState> {
    return {
      rule: {
        get: (cf) => clone(cf.rule),
        set: (cf, v) => {
          if (!v || typeof v !== "object") throw new SimError(SimErrorCode.invalidArgument);
          cf.rule = this.validate(v as Record<string, unknown>);
        },
      },
    };
  }
  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(v: Record<string, unknown>) {
    this._set("rule", v);
  }
  get format(): SimConditionalRangeFormat {
    return this.fmt();
  }
}

const CELL_VALUE_OPS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
];

export function cellValueRule(r: Record<string, unknown>): Record<string, string | undefined> {
  const op = str(r.operator);
  if (!CELL_VALUE_OPS.includes(op)) throw new SimError(SimErrorCode.invalidArgument);
  const f1 = checkFormula(r.formula1);
  const needs2 = op === "Between" || op === "NotBetween";
  if (needs2 && (r.formula2 === undefined || r.formula2 === null))
    throw new SimError(SimErrorCode.invalidArgument);
  return { operator: op, formula1: f1, ...(needs2 ? { formula2: checkFormula(r.formula2) } : {}) };
}
