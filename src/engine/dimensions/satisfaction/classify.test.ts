import { customersWith } from "../industry/fixture";
import { classifyCsat, classifySatisfaction } from "./classify";
import { SATISFACTION_DEFAULTS } from "./defaults";
import { CSAT_LABELS, SATISFACTION_LABELS, SATISFACTION_NOTE_LABELS } from "./labels";

describe("classifySatisfaction / classifyCsat", () => {
  const customers = customersWith([
    { nps: 10, csat: 5 },
    { nps: 7, csat: 3 },
    { nps: 3, csat: 4 },
    { nps: 11, csat: 0 },
    {},
  ]);

  test("NPS classes, metric and out-of-range note", () => {
    const r = classifySatisfaction(customers, SATISFACTION_DEFAULTS);
    expect(r.classes).toEqual(["promoter", "passive", "detractor", null, null]);
    expect(Array.from(r.metrics.nps ?? [])).toEqual([10, 7, 3, NaN, NaN]);
    expect(r.extra?.npsNote).toEqual([null, null, null, "out_of_range", null]);
  });

  test("CSAT classes and note", () => {
    const r = classifyCsat(customers, SATISFACTION_DEFAULTS);
    expect(r.classes).toEqual(["top2", "not_top2", "top2", null, null]);
    expect(r.extra?.csatNote).toEqual([null, null, null, "out_of_range", null]);
  });

  test("labels exist for every code in both languages", () => {
    for (const l of [SATISFACTION_LABELS, CSAT_LABELS, SATISFACTION_NOTE_LABELS])
      for (const v of Object.values(l)) expect(v["zh-CN"] && v["en-US"]).toBeTruthy();
    expect(Object.keys(SATISFACTION_LABELS)).toEqual(["promoter", "passive", "detractor"]);
  });
});
