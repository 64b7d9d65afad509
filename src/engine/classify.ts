/**
 * The engine's one entry point: raw cells + a (partial) standard → classified customers, a summary and
 * the data problems. Pure: no I/O, the as-of date comes in (or is derived from the data).
 */
import { formatDay, parseIsoDay } from "./dates";
import { aggregateActivity, type Activity } from "./dimensions/activity/aggregate";
import { classifyCredit, type CreditOutput } from "./dimensions/credit/classify";
import { classifyFrequency } from "./dimensions/frequency/classify";
import { classifyRepeat } from "./dimensions/frequency/repeat";
import { classifyIndustry } from "./dimensions/industry/classify";
import { classifyOverall, type DimensionClasses } from "./dimensions/overall/evaluate";
import { classifyRegion, classifyType } from "./dimensions/profile/classify";
import { classifyRfm, type RfmResult } from "./dimensions/rfm/classify";
import { classifyCsat, classifySatisfaction } from "./dimensions/satisfaction/classify";
import { classifySize } from "./dimensions/size/classify";
import { classifyValue, type ValueResult } from "./dimensions/value/classify";
import type { CustomerField, TransactionField } from "./read/headerDictionary";
import type { HeaderMapping, MappingOverride, UnitOverride } from "./read/headers";
import { readTables } from "./read/tables";
import type { ClassificationResult, ClassKey } from "./result";
import { defineLazyCustomers } from "./lazyCustomers";
import { classColumnsOf, customerSources, type ClassColumns, type DimensionOutputs } from "./results";
import { buildCatalogue } from "./catalogue";
import { idSortOrder } from "./stats/ids";
import { mergeStandard } from "./standard/merge";
import type { StandardError } from "./standard/errors";
import type { Standard } from "./standard/types";
import { summariseColumns } from "./summary";
import { keepShape } from "./stats/keepShape";
import { emptyCustomerTable } from "./read/customerBuilder";
import { emptyTransactions } from "./read/emptyTransactions";
import type { CustomerTable, Day, EngineInput, Issue, Lang, RawTable, TransactionColumns } from "./types";

export interface MappingRequest {
  customers?: MappingOverride<CustomerField>;
  customerUnits?: UnitOverride<CustomerField>;
  customerHeaderRow?: number;
  transactions?: MappingOverride<TransactionField>;
  transactionUnits?: UnitOverride<TransactionField>;
  transactionHeaderRow?: number;
}

export interface ClassifyRequest {
  customers: RawTable | null;
  transactions: RawTable | null;
  /** A partial standard (JSON); what it leaves out takes the default. */
  standard?: unknown;
  /** "YYYY-MM-DD"; default: the day after the latest valid transaction. */
  asOf?: string | null;
  /** "YYYY-MM-DD", today by the user's clock: lines dated later are reported, not taken as the as-of. */
  today?: string | null;
  lang: Lang;
  mapping?: MappingRequest;
  /** Called after each step with its name (the bench's per-step times); the engine keeps no clock. */
  trace?: (step: string) => void;
}

export interface ClassifyOutcome {
  result: ClassificationResult;
  /** Errors in the given standard (the defaults were used in their place). */
  standardErrors: StandardError[];
  mappings: {
    customers: HeaderMapping<CustomerField> | null;
    transactions: HeaderMapping<TransactionField> | null;
  };
  /** Index of the customer table's header row within its RawTable, null without a customer table. */
  customerHeaderRow: number | null;
  /** Internals for explanations and what-if (thresholds, means); not part of the JSON result. */
  details: {
    activity: Activity | null;
    rfm: RfmResult | null;
    value: ValueResult | null;
    credit: CreditOutput | null;
    customers: CustomerTable;
    tx: TransactionColumns;
  };
}

export function classify(req: ClassifyRequest): ClassifyOutcome {
  const { standard, errors: standardErrors } = mergeStandard(req.standard ?? {});
  const asOfGiven = req.asOf ? parseIsoDay(req.asOf) : NaN;
  const today = req.today ? parseIsoDay(req.today) : NaN;
  const m = req.mapping ?? {};
  const read = readTables(req.customers, req.transactions, {
    lang: req.lang,
    refunds: standard.refunds,
    ...(Number.isFinite(asOfGiven) && { asOf: asOfGiven }),
    ...(Number.isFinite(today) && { today }),
    ...(m.customers && { customerMapping: m.customers }),
    ...(m.customerUnits && { customerUnits: m.customerUnits }),
    ...(m.customerHeaderRow !== undefined && { customerHeaderRow: m.customerHeaderRow }),
    ...(m.transactions && { transactionMapping: m.transactions }),
    ...(m.transactionUnits && { transactionUnits: m.transactionUnits }),
    ...(m.transactionHeaderRow !== undefined && { transactionHeaderRow: m.transactionHeaderRow }),
  });
  const trace = req.trace ?? noTrace;
  trace("read");
  const { customers, tx } = read;
  const asOf: Day = Number.isFinite(read.asOf) ? read.asOf : Number.isFinite(asOfGiven) ? asOfGiven : NaN;
  const input: EngineInput = { customers, tx, asOf };
  const n = customers.ids.length;
  const hasTx = tx.n > 0 && Number.isFinite(asOf);

  const out: DimensionOutputs = {};
  let activity: Activity | null = null;
  let rfm: RfmResult | null = null;
  let value: ValueResult | null = null;
  let credit: CreditOutput | null = null;
  if (hasTx) {
    const idOrder = idSortOrder(customers.ids);
    activity = aggregateActivity(input, {
      refunds: standard.refunds,
      windowDays: standard.frequency.windowDays,
    });
    trace("activity");
    out.frequency = classifyFrequency(activity, standard.frequency);
    out.repeat = classifyRepeat(activity, standard.repeat);
    trace("frequency");
    value = classifyValue(activity, customers.ids, standard.abc, idOrder);
    out.value = value.value;
    out.bigTicket = value.bigTicket;
    trace("value");
    rfm = classifyRfm(activity, customers.ids, standard.rfm, idOrder);
    out.rfm = rfm.output;
    trace("rfm");
    credit = classifyCredit(input, standard.credit);
    if (credit.available) out.credit = credit;
    trace("credit");
  }
  out.industry = classifyIndustry(customers, standard.industry);
  out.size = classifySize(customers, standard.size, out.industry);
  out.satisfaction = classifySatisfaction(customers, standard.satisfaction);
  out.csat = classifyCsat(customers, standard.satisfaction);
  out.type = classifyType(customers);
  out.region = classifyRegion(customers);
  trace("profile");

  const dimClasses = dimensionClasses(out);
  out.overall = classifyOverall(dimClasses, standard.overall.rules, n);
  trace("overall");

  // The records are built when first read (lazyCustomers.ts); every figure below reads columns.
  const classColumns = classColumnsOf(out);
  const catalogue = buildCatalogue(standard, req.lang, classColumns);
  const available = availability(out, classColumns, n, tx.profit !== null);
  trace("catalogue");
  const issues: Issue[] = [...read.issues];
  const result: ClassificationResult = {
    asOf: Number.isFinite(asOf) ? formatDay(asOf) : "",
    standard,
    customers: [], // replaced by the lazy records, in this place of the key order
    issues,
    summary: summariseColumns(n, tx, catalogue, classColumns, {
      monetary: out.rfm?.metrics.monetary,
      frequency: out.rfm?.metrics.frequency,
    }),
    available,
    catalogue,
    lang: req.lang,
  };
  defineLazyCustomers(result, customerSources(customers, out, standard));
  trace("summary");
  return {
    result,
    standardErrors,
    mappings: read.mappings,
    customerHeaderRow: read.mappings.customers?.headerRow ?? null,
    details: { activity, rfm, value, credit, customers, tx },
  };
}

function noTrace(): void {}

/** The class columns the overall rules read. */
function dimensionClasses(out: DimensionOutputs): DimensionClasses {
  return {
    frequency: out.frequency?.classes,
    value: out.value?.classes,
    rfm: out.rfm?.classes,
    industry: out.industry?.classes,
    industryGroup: out.industry?.extra?.industryGroup,
    size: out.size?.classes,
    credit: out.credit?.classes,
    satisfaction: out.satisfaction?.classes,
    csat: out.csat?.classes,
    type: out.type?.classes,
    region: out.region?.classes,
    repeat: out.repeat?.classes,
    bigTicket: out.bigTicket?.classes,
  };
}

// See stats/keepShape.ts: the per-run objects the steps' optimised code checks, as classify makes them
// (a literal's shape died with the run and took that code with it; `--trace-deopt`: "weak objects").
// asOf is a double here: a whole day can come as one (a Smi-typed field would be another shape).
keepShape(dimensionClasses({}));
keepShape({ customers: emptyCustomerTable(), tx: emptyTransactions(), asOf: 0.5 } satisfies EngineInput);

/** A dimension is shown when at least one customer has a class (or, for metrics, a value) in it. */
function availability(
  out: DimensionOutputs,
  classes: ClassColumns,
  customers: number,
  hasProfit: boolean,
): Record<string, boolean> {
  // The class columns the records' classes are copied from: no walk over 100k records per key.
  const any = (key: ClassKey) => classes[key]?.some((c) => c !== null && c !== undefined) ?? false;
  return {
    overall: customers > 0,
    rfm: out.rfm !== undefined && any("rfm"),
    value: out.value !== undefined && any("value"),
    profit: hasProfit,
    frequency: out.frequency !== undefined && any("frequency"),
    credit: out.credit !== undefined && any("credit"),
    industry: any("industry"),
    size: any("size"),
    satisfaction: any("satisfaction"),
    csat: any("csat"),
    type: any("type"),
    region: any("region"),
  };
}

export type { Standard };
