/**
 * THE acceptance test: UCI Online Retail 30k sample, refunds `exclude`, frequency = distinct InvoiceNo,
 * rf10 with ties.frequency = rank, cn8, ABC 80/95 on monetary.
 * Expected counts: the project's reference (brief of this module), reproduced independently by a plain
 * Python script (no pandas) that applies product.md's conventions: customers = IDs with ≥ 1 positive
 * line; R = days from the last positive line's date to 2011-12-10; F = distinct invoices among positive
 * lines; M = sum of positive Quantity × UnitPrice; PERCENTILE.INC quintiles; F ranked with ties by ID.
 * Conventions that made it match (the first attempt did): customers whose lines are all refunds are not
 * scored (they get null; 3,569 IDs − 23 = 3,546); recency from the date part, not the datetime.
 */
import * as fs from "fs";
import * as path from "path";
import type { EngineInput } from "../../types";
import { aggregateActivity } from "../activity/aggregate";
import { classifyRfm } from "../rfm/classify";
import { RFM_DEFAULTS } from "../rfm/defaults";
import { classifyAbc } from "../value/abc";
import { ABC_DEFAULTS } from "../value/defaults";
import { buildInput, civilDay, onlineRetailRecords } from "./fixtures";

// src/engine/dimensions/testing → project root is four levels up; shared/ sits beside it.
const SAMPLE = path.resolve(__dirname, "../../../../../shared/data/online-retail-sample-30k.csv");

function counts(classes: readonly (string | null)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of classes) if (c !== null) out[c] = (out[c] ?? 0) + 1;
  return out;
}

describe("Online Retail 30k sample (refunds exclude)", () => {
  let input: EngineInput;
  beforeAll(() => {
    input = buildInput(onlineRetailRecords(fs.readFileSync(SAMPLE, "utf8")));
  });

  it("has 3,569 customer IDs and as-of 2011-12-10 (the day after the latest date)", () => {
    expect(input.customers.ids.length).toBe(3569);
    expect(input.asOf).toBe(civilDay("2011-12-10"));
  });

  const activity = () => aggregateActivity(input, { refunds: "exclude", windowDays: 365 });

  it("rf10 with ties.frequency = rank", () => {
    const std = {
      ...RFM_DEFAULTS,
      model: "rf10" as const,
      ties: { ...RFM_DEFAULTS.ties, frequency: "rank" as const },
    };
    const res = classifyRfm(activity(), input.customers.ids, std);
    expect(res.scored).toBe(3546);
    expect(counts(res.output.classes)).toEqual({
      hibernating: 849,
      loyal: 623,
      champions: 535,
      at_risk: 512,
      potential_loyalist: 382,
      about_to_sleep: 298,
      need_attention: 159,
      promising: 73,
      new: 62,
      cant_lose: 53,
    });
  });

  it("cn8", () => {
    const std = {
      ...RFM_DEFAULTS,
      model: "cn8" as const,
      ties: { ...RFM_DEFAULTS.ties, frequency: "rank" as const },
    };
    const res = classifyRfm(activity(), input.customers.ids, std);
    expect(counts(res.output.classes)).toEqual({
      important_value: 547,
      important_develop: 128,
      important_keep: 34,
      important_retain: 79,
      general_value: 302,
      general_develop: 1336,
      general_keep: 31,
      general_retain: 1089,
    });
  });

  it("ABC 80/95 on monetary", () => {
    const res = classifyAbc(activity(), input.customers.ids, ABC_DEFAULTS);
    expect(counts(res.output.classes)).toEqual({ A: 999, B: 1165, C: 1382 });
  });
});
