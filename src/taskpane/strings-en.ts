/** English texts of the task pane. strings-zh.ts must have the same keys (the compiler checks). */
import type { ExplainDimension } from "../engine/explain";
import type { CustomerField, TransactionField } from "../engine/read/headers";
import type { ClassKey } from "../engine/result";
import type { Severity } from "../engine/types";
import type { Phase } from "../excel/run";
import type { FieldPath, GradeBound, GroupId, OptionValue } from "./state/fields";

type P = Record<string, string | number>;

/** Message bar texts: what happened, and what to do. */
export type NoticeKey =
  | "unexpected"
  | "cancelled"
  | "noBase"
  | "workerFailed"
  | "engineFailed"
  | "runDone"
  | "runWarnings"
  | "removed"
  | "nothingRemoved"
  | "detected"
  | "detectedNone"
  | "previewFailed"
  | "sourceGone"
  | "needSources"
  | "standardInvalid"
  | "standardWritten"
  | "standardRead"
  | "standardReadProblems"
  | "noStandardSheet"
  | "scenarioSaved"
  | "scenarioDeleted"
  | "scenarioNameMissing"
  | "selectFailed"
  | "rowGone"
  | "notCustomerRow"
  | "loadFailed";

export const EN = {
  appTitle: "CustClass",
  language: "Language",
  loading: "Starting…",
  outsideExcel: "Not running inside Excel. Open CustClass from Excel's Home tab, or try the playground.",
  dismiss: "Dismiss",
  goToCell: (p: P) => `Go to ${p.cell}`,
  expand: (p: P) => `Show ${p.title}`,
  collapse: (p: P) => `Hide ${p.title}`,
  steps: {
    data: "1 · Data",
    standard: "2 · Standard",
    run: "3 · Run",
    results: "4 · Results",
    whatIf: "5 · What-if",
  },
  noticeTitle: { error: "Could not finish", warning: "Please check", info: "Note", success: "Done" },
  notice: {
    unexpected: (p: P) =>
      `Something unexpected went wrong: ${p.detail}. Try again; if it keeps happening, reload the add-in.`,
    cancelled: () =>
      "Cancelled. What was already written stays; run again to complete it, or use Remove results.",
    noBase: () =>
      "The data of the last run is no longer in memory. Run the classification again to use what-if.",
    workerFailed: (p: P) =>
      `The classifier stopped (${p.detail}). Run again; if it keeps happening, reload the add-in.`,
    engineFailed: (p: P) =>
      `The classifier failed: ${p.detail}. Check the data and the standard, then run again.`,
    runDone: (p: P) =>
      `Classified ${p.customers} customers. The results are beside the data on sheet “${p.sheet}”.`,
    runWarnings: (p: P) =>
      `Classified ${p.customers} customers on sheet “${p.sheet}”, with limits: ${p.detail}`,
    removed: (p: P) =>
      `Removed ${p.columns} result columns${p.sheets ? ` and the sheets ${p.sheets}` : ""}. Your own data is untouched.`,
    nothingRemoved: () => "There were no CustClass results in this workbook to remove.",
    detected: (p: P) =>
      `Found customers: ${p.customers}; transactions: ${p.transactions}. Check the columns below.`,
    detectedNone: () =>
      "No customer or transaction table was recognised. Select the table (with its header row) and use “Use selection”, or pick an Excel table.",
    previewFailed: (p: P) => `Could not read ${p.source}: ${p.detail}`,
    sourceGone: (p: P) =>
      `The remembered source “${p.source}” is not in this workbook any more. Choose the data again.`,
    needSources: () => "Choose the customer table, the transactions, or both, first.",
    standardInvalid: (p: P) => `The standard has ${p.count} problem(s), marked in red. Fix them, then run.`,
    standardWritten: (p: P) =>
      `The standard is on sheet “${p.sheet}”. Edit it there, then choose “Load standard”.`,
    standardRead: (p: P) => `Read the standard from sheet “${p.sheet}”.`,
    standardReadProblems: (p: P) =>
      `Sheet “${p.sheet}” has ${p.count} problem(s); the defaults stand in for those values. Click a problem to go to its cell.`,
    noStandardSheet: () =>
      "This workbook has no standard sheet yet. Choose “Write standard sheet”, edit it, then “Load standard”.",
    scenarioSaved: (p: P) => `Saved scenario “${p.name}” in this workbook.`,
    scenarioDeleted: (p: P) => `Deleted scenario “${p.name}”.`,
    scenarioNameMissing: () => "Give the scenario a name first.",
    selectFailed: (p: P) => `Could not select ${p.cell}: ${p.detail}`,
    rowGone: (p: P) =>
      `Sheet “${p.sheet}” is not in the workbook any more. Run the classification again to find the rows.`,
    notCustomerRow: (p: P) =>
      `Row ${p.row} of “${p.sheet}” holds no customer of the last run. Select a customer's row on “${p.customers}”, then choose “Explain selected row”.`,
    loadFailed: (p: P) =>
      `Could not read the add-in's settings from this workbook (${p.detail}). Choose the data again.`,
  } satisfies Record<NoticeKey, (p: P) => string>,
  data: {
    detect: "Find tables automatically",
    customers: "Customers",
    transactions: "Transactions",
    optional: "optional",
    notChosen: "Not chosen",
    useSelection: "Use selection",
    useSelectionFor: (p: P) => `Use the selected range as ${p.what}`,
    table: "Excel table",
    tableFor: (p: P) => `Excel table for ${p.what}`,
    tablePlaceholder: "Pick a table…",
    noTables: "No tables in this workbook",
    clear: "Clear",
    clearFor: (p: P) => `Clear ${p.what}`,
    source: (p: P) => `Source: ${p.label}`,
    reading: "Reading the first rows…",
    headerRow: (p: P) => `Header in row ${p.row} · ${p.rows} rows`,
    mapping: (p: P) => `Columns of ${p.what}`,
    recognised: (p: P) => `Columns: ${p.found} of ${p.fields} fields recognised`,
    field: "Field",
    column: "Column",
    unit: "Unit",
    sample: "First value",
    notUsed: "— not used —",
    required: "required",
    missing: (p: P) => `Not found: ${p.fields}. Choose their columns.`,
    allFields: "Show all fields",
    fewerFields: "Show fewer fields",
    resetMapping: "Undo column changes",
    columnFor: (p: P) => `Column for ${p.field}`,
    unitFor: (p: P) => `Unit of ${p.field}`,
  },
  customerField: {
    id: "Customer ID",
    name: "Name",
    type: "Customer type",
    industry: "Industry",
    employees: "Employees",
    revenue: "Annual revenue",
    assets: "Total assets",
    region: "Region",
    nps: "NPS score (0–10)",
    csat: "CSAT (1–5)",
    creditLimit: "Credit limit",
    notes: "Notes",
  } satisfies Record<CustomerField, string>,
  transactionField: {
    customerId: "Customer ID",
    customerName: "Customer name",
    date: "Date",
    amount: "Amount",
    quantity: "Quantity",
    unitPrice: "Unit price",
    order: "Order / invoice no.",
    cost: "Cost",
    profit: "Gross profit",
    dueDate: "Due date",
    paidDate: "Date paid",
    paidAmount: "Amount paid",
    product: "Product code",
    productName: "Product name",
    region: "Region",
  } satisfies Record<TransactionField, string>,
  /** Money units (multiplier to 元, the base unit). */
  units: {
    1: "yuan (as is)",
    1000: "thousand (×1,000)",
    10000: "万 (×10,000)",
    1000000: "million (×1,000,000)",
    100000000: "亿 (×100,000,000)",
  },
  unitOther: (p: P) => `×${p.multiplier}`,
  standard: {
    origin: "Standard",
    origins: {
      default: "Built-in default",
      lastRun: "As last run in this workbook",
      sheet: "The workbook's standard sheet",
      scenario: "From a scenario",
    },
    read: "Load standard",
    write: "Write standard sheet",
    reset: "Reset to default",
    problems: (p: P) => `${p.count} problem(s) in the standard`,
    sheetProblems: "Problems on the standard sheet",
    otherProblems: "Other problems",
    groups: {
      value: "Value (ABC)",
      rfm: "RFM",
      frequency: "Frequency",
      credit: "Credit",
      satisfaction: "Satisfaction (NPS)",
      size: "Size",
    } satisfies Record<GroupId, string>,
    fields: {
      "abc.a": "A cut-off (cumulative share)",
      "abc.b": "B cut-off (cumulative share)",
      "abc.basis": "ABC basis",
      "abc.bigTicket.aovQuantile": "Big ticket: order value quantile",
      "abc.bigTicket.maxOrders": "Big ticket: at most orders",
      "rfm.model": "RFM model",
      "rfm.bins": "Score bins",
      "rfm.ties.recency": "Ties in recency",
      "rfm.ties.frequency": "Ties in frequency",
      "rfm.ties.monetary": "Ties in monetary",
      refunds: "Refunds",
      "frequency.windowDays": "Window (days)",
      "frequency.highMinOrders": "High: at least orders",
      "frequency.mediumMinOrders": "Medium: at least orders",
      "frequency.newDays": "New: first purchase within (days)",
      "frequency.dormantDays": "Dormant: no purchase for (days)",
      "repeat.minOrders": "Repeat: at least orders",
      "credit.graceDays": "Grace days",
      "credit.defaultTermDays": "Default payment term (days)",
      "satisfaction.promoterMin": "Promoter: NPS at least",
      "satisfaction.passiveMin": "Passive: NPS at least",
      "satisfaction.csatTopBoxMin": "CSAT top box: at least",
      "size.standard": "Size standard",
      "size.allowRevenueOnly": "Allow the revenue-only estimate",
    } satisfies Record<FieldPath, string>,
    options: {
      revenue: "Revenue",
      profit: "Gross profit",
      cn8: "cn8 — Chinese 8 classes",
      rf10: "rf10 — R × F map, 10 segments",
      custom: "Custom rule table",
      value: "Equal values, equal score",
      rank: "By rank (ties by customer ID)",
      net: "Net (refunds reduce revenue)",
      exclude: "Exclude amounts ≤ 0",
      nbs2017: "NBS 2017 (China)",
      eu_sme: "EU SME",
    } satisfies Record<OptionValue, string>,
    grades: "Credit grades (best first)",
    grade: "Grade",
    bounds: {
      minOnTimeRate: "On-time ≥",
      maxWeightedDaysLate: "Days late ≤",
      maxOldestOverdueDays: "Oldest overdue ≤",
      maxOverdueShare: "Overdue share ≤",
    } satisfies Record<GradeBound, string>,
    boundFor: (p: P) => `${p.bound} for grade ${p.grade}`,
    terms: "Terms",
    fallback: "All others",
    noLimit: "any",
    notANumber: "Enter a number.",
    yes: "Yes",
  },
  run: {
    asOf: "As-of date",
    asOfHint: "Leave empty for the day after the latest sale.",
    summary: "Write the summary sheet (pivot table and charts)",
    products: "Write the product analysis sheets (when there is a product column)",
    run: "Classify",
    cancel: "Cancel",
    cancelHint: "or press Esc",
    progress: "Progress",
    phases: {
      reading: "Reading the data",
      classifying: "Classifying",
      writing: "Writing the columns",
      formatting: "Colouring",
      summary: "Writing the summary",
    } satisfies Record<Phase, string>,
    phaseOf: (p: P) => `${p.phase} (${p.n} of ${p.total}) · ${p.percent}`,
    blockedSources: "Choose the data first (step 1).",
    blockedStandard: "Fix the standard first (step 2).",
    done: "Done.",
  },
  results: {
    none: "No results yet. Choose the data and run the classification.",
    asOf: (p: P) => `As of ${p.date}`,
    customers: "Customers",
    active: "With purchases",
    revenue: "Revenue",
    dimension: "Show",
    chart: (p: P) => `Customers and revenue per class: ${p.dimension}`,
    klass: "Class",
    count: "Customers",
    share: "Revenue share",
    noClass: "(no class)",
    top: "Top customers by revenue",
    id: "ID",
    name: "Name",
    overall: "Overall class",
    issues: "Data quality",
    noIssues: "No problems found in the data.",
    severity: { error: "Error", warning: "Warning", info: "Info" } satisfies Record<Severity, string>,
    cells: (p: P) => `${p.count} cells`,
    remove: "Remove results",
    removeHint: "Deletes the columns and sheets CustClass added; your data stays.",
  },
  dimensions: {
    overall: "Overall class",
    action: "Recommended action",
    rfm: "RFM segment",
    value: "Value (ABC)",
    frequency: "Frequency",
    repeat: "Repeat purchase",
    bigTicket: "Big ticket",
    industry: "Industry",
    industryGroup: "Industry group",
    size: "Size",
    credit: "Credit grade",
    satisfaction: "Satisfaction (NPS)",
    csat: "CSAT",
    type: "Customer type",
    region: "Region",
  } satisfies Record<ClassKey, string>,
  whatIf: {
    needsResult: "Run the classification first: what-if compares your changes with its result.",
    intro: "Change thresholds: the counts and the migration matrix update before anything is written.",
    dimension: "Dimension",
    now: "Now",
    tried: "What-if",
    change: "Change",
    countsCaption: (p: P) => `Customers per class, now and with the changes: ${p.dimension}`,
    matrixCaption: (p: P) => `Customers moving from (rows) → to (columns): ${p.dimension}`,
    fromTo: "from ↓ / to →",
    moved: (p: P) => `${p.moved} of ${p.total} customers change class.`,
    unchanged: "No customer changes class.",
    calculating: "Calculating…",
    invalid: "Fix the marked values to see the effect.",
    movers: "Largest customers that change",
    apply: "Apply to workbook",
    reset: "Start over",
    noMatrix: "Nothing to compare yet: change a threshold above.",
  },
  scenarios: {
    title: "Scenarios",
    name: "Scenario name",
    save: "Save scenario",
    none: "No saved scenarios.",
    tryIt: "Try",
    tryFor: (p: P) => `Try scenario ${p.name}`,
    remove: "Delete",
    removeFor: (p: P) => `Delete scenario ${p.name}`,
    compare: "Compare",
    a: "Scenario A",
    b: "Scenario B",
    current: "Current result",
    run: "Compare",
    caption: (p: P) => `${p.a} and ${p.b}: ${p.dimension}`,
    matrixCaption: (p: P) => `From ${p.a} (rows) → ${p.b} (columns)`,
  },
  views: {
    label: "Result views",
    summary: "Summary",
    find: "Find",
    products: "Products",
  },
  find: {
    label: "Find a customer",
    placeholder: "Part of a name or ID",
    hint: "Full-width and half-width characters match alike (１２３ = 123).",
    list: "Matching customers",
    searching: "Searching…",
    found: (p: P) => `${p.total} found`,
    more: (p: P) => `${p.count} more: type more of the name or ID to narrow the list.`,
    none: (p: P) => `No customer matches “${p.query}”.`,
    keys: "↑ ↓ to move, Enter to open, Esc to clear.",
    explainSelected: "Explain selected row",
    explainSelectedHint: "Select a customer's row in the sheet, then choose this.",
    badge: (p: P) => `${p.dimension}: ${p.label}`,
    abc: "ABC",
    credit: "Credit",
  },
  card: {
    back: "Back to the list",
    id: (p: P) => `ID ${p.id}`,
    classes: "Classes",
    action: "Recommended action",
    why: "Why these classes",
    explaining: "Explaining…",
    noExplanation: "No explanation for this customer.",
    goToRow: "Go to row",
    goToRowHint: (p: P) => `Selects row ${p.row} on “${p.sheet}”.`,
    noRow: "Only in the transactions: this customer has no row in the customer table.",
    revenue: "Revenue",
    orders: "Orders",
    recency: "Days since last purchase",
    dimensions: {
      overall: "Overall",
      rfm: "RFM segment",
      r: "R score",
      f: "F score",
      m: "M score",
      value: "Value (ABC)",
      bigTicket: "Big ticket",
      frequency: "Frequency",
      repeat: "Repeat",
      credit: "Credit",
      industry: "Industry",
      size: "Size",
      satisfaction: "NPS",
      csat: "CSAT",
    } satisfies Record<ExplainDimension, string>,
  },
  products: {
    none: "The transactions have no product column. Map “Product code” in step 1 and run again to see sales by product.",
    loading: "Analysing sales by product…",
    failed: "The product analysis is not available. Run the classification again.",
    summary: (p: P) => `${p.products} products · ${p.basis} ${p.total}`,
    abcCaption: "Product ABC: products and value per class",
    klass: "Class",
    count: "Products",
    share: "Share",
    top: "Top products",
    product: "Product",
    rising: (p: P) => `Rising (${p.count})`,
    falling: (p: P) => `Falling (${p.count})`,
    windows: (p: P) => `${p.recentFrom} – ${p.recentTo} against ${p.priorFrom} – ${p.priorTo}`,
    growth: "Growth",
    noneListed: "None.",
    notCovered: "The data start inside the earlier period, so growth reads high.",
    noTrends: "No as-of date: rising and falling products need one.",
    byClass: (p: P) => `Sales per customer class (${p.dimension}), last ${p.months} months`,
    month: "Month",
    newCount: (p: P) => `${p.count} new products in the recent period.`,
  },
};

export type Strings = typeof EN;
