/**
 * Test fixture: six customers whose every metric is worked out by hand in explain.test.ts (as-of
 * 2024-07-01, order numbers, paid dates, a credit limit, industry texts, NPS and CSAT answers).
 */
import type { CustomerTable } from "../types";
import { classify, type ClassifyOutcome } from "../classify";
import { readTables } from "../read/tables";
import type { Cell, Lang, RawTable } from "../types";

export const AS_OF = "2024-07-01";

// prettier-ignore
export const CUSTOMERS: RawTable = {
  sheet: "客户档案",
  top: 0,
  left: 0,
  rows: [
    ["客户编号", "客户名称", "所属行业", "员工人数", "营业收入(万元)", "资产总额(万元)", "NPS", "满意度", "信用额度"],
    ["C1", "甲贸易公司", "批发贸易", 45, 8000, null, 9, 5, 500],
    ["C2", "乙百货", "5211 百货零售", 8, null, null, 8, 3, null],
    ["C3", "丙软件", "软件开发", null, 3000, null, 10, null, null],
    ["C4", "丁代理", "华为代理", 12, 150, null, 5, null, null],
    ["C5", "戊机械", "机械制造", 350, 50000, null, null, null, null],
    ["C6", "己客户", null, null, null, null, 12, null, null],
  ],
};

type Line = [customer: string, date: string, amount: number, paid: string | null];

// prettier-ignore
const LINES: Line[] = [
  ["C1", "2024-02-01", 1000, "2024-02-21"], ["C1", "2024-03-01", 1000, "2024-03-21"],
  ["C1", "2024-04-01", 1000, "2024-04-21"], ["C1", "2024-05-01", 1000, "2024-05-21"],
  ["C1", "2024-06-29", 1000, null],
  ["C2", "2024-01-10", 400, "2024-02-05"], ["C2", "2024-03-10", 400, "2024-04-08"], ["C2", "2024-06-26", 400, null],
  ["C3", "2023-08-01", 2000, "2023-08-11"], ["C3", "2023-10-01", 1000, "2023-11-10"],
  ["C3", "2023-12-01", 1000, "2023-12-11"], ["C3", "2024-02-01", 1000, "2024-03-12"],
  ["C3", "2024-03-01", 1000, "2024-03-11"], ["C3", "2024-04-01", 1000, "2024-04-11"],
  ["C3", "2024-05-01", 1000, "2024-05-11"], ["C3", "2024-06-22", 1000, null],
  ["C4", "2024-06-18", 300, null],
  ["C5", "2024-03-01", 400, null], ["C5", "2024-05-22", 400, null],
  ["C6", "2023-12-14", 100, null],
];

export const TRANSACTIONS: RawTable = {
  sheet: "销售明细",
  top: 0,
  left: 0,
  rows: [
    ["客户编号", "日期", "金额", "单据编号", "付款日期"],
    ...LINES.map(([c, d, a, p], k): Cell[] => [c, d, a, `SO-${k + 1}`, p]),
  ],
};

export const ALIASES = { 华为代理: "F" };

/** classify() on the fixture; `withCustomers` adds details.customers as the explainers can use it. */
export function classifyFixture(
  standard: object = {},
  lang: Lang = "en-US",
  withCustomers = false,
): ClassifyOutcome {
  const std = { ...standard, industry: { aliases: ALIASES } };
  const outcome = classify({
    customers: CUSTOMERS,
    transactions: TRANSACTIONS,
    standard: std,
    asOf: AS_OF,
    lang,
  });
  // Without the tables (as after a worker boundary): explanations fall back to what the result carries.
  if (!withCustomers) return { ...outcome, details: { ...outcome.details, customers: null as unknown as CustomerTable } };
  const read = readTables(CUSTOMERS, TRANSACTIONS, { lang });
  return {
    ...outcome,
    details: { ...outcome.details, customers: read.customers },
  };
}
