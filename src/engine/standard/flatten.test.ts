import fc from "fast-check";
import { knownCodes } from "./codes";
import { DEFAULT_STANDARD, defaultStandard } from "./defaults";
import { flattenStandard, unflattenStandard, type FlatCell, type FlatStandardInput } from "./flatten";
import type { CreditGradeRule, DimensionKey, Labels, OverallRule, RfmRule, Standard } from "./types";
import { validateStandard } from "./validate";

// ---- An arbitrary VALID standard: every constraint validateStandard checks, honoured by construction.
const snake = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(_[a-z0-9]{1,3}){0,2}$/);
const gradeCode = fc.stringMatching(/^[A-Z][A-Z0-9+-]{0,3}$/);
const token = fc
  .string({ minLength: 1, maxLength: 8 })
  .filter((t) => /^[^\s,，;；、](?:[^,，;；、]*[^\s,，;；、])?$/.test(t));
const text = fc.string({ minLength: 1, maxLength: 10 }).filter((t) => t.trim() !== "");
const labels: fc.Arbitrary<Labels> = fc.record({ "zh-CN": text, "en-US": text });
const share = fc.double({ min: 0, max: 1, noNaN: true });
const tie = fc.constantFrom("value" as const, "rank" as const);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
/** Drops undefined fields, as JSON would. */
const compact = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const range = (bins: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: bins }), fc.integer({ min: 1, max: bins }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);

const rfmRule = (bins: number): fc.Arbitrary<RfmRule> =>
  fc
    .record({
      segment: snake,
      r: maybe(range(bins)),
      f: maybe(range(bins)),
      m: maybe(range(bins)),
      label: maybe(labels),
    })
    .map(compact);

const grades: fc.Arbitrary<CreditGradeRule[]> = fc
  .uniqueArray(gradeCode, { minLength: 1, maxLength: 4 })
  .chain((codes) =>
    fc.tuple(
      ...codes.map((grade, i) =>
        fc
          .record({
            grade: fc.constant(grade),
            terms: snake,
            minOnTimeRate: i === codes.length - 1 ? fc.constant(undefined) : maybe(share),
            maxWeightedDaysLate:
              i === codes.length - 1
                ? fc.constant(undefined)
                : maybe(fc.double({ min: 0, max: 400, noNaN: true })),
            maxOldestOverdueDays:
              i === codes.length - 1 ? fc.constant(undefined) : maybe(fc.integer({ min: 0, max: 400 })),
            maxOverdueShare: i === codes.length - 1 ? fc.constant(undefined) : maybe(share),
          })
          .map(compact),
      ),
    ),
  );

function codesFor(dim: DimensionKey, rfm: Standard["rfm"], credit: CreditGradeRule[]): fc.Arbitrary<string> {
  const known = knownCodes(dim, { rfm, credit: { grades: credit } });
  return known === null ? token : fc.constantFrom(...known);
}

const overallRules = (rfm: Standard["rfm"], credit: CreditGradeRule[]): fc.Arbitrary<OverallRule[]> => {
  const dims: DimensionKey[] = [
    "frequency",
    "value",
    "rfm",
    "industry",
    "industryGroup",
    "size",
    "credit",
    "satisfaction",
    "csat",
    "type",
    "region",
    "repeat",
    "bigTicket",
  ];
  const when = fc
    .uniqueArray(fc.constantFrom(...dims), { minLength: 1, maxLength: 3 })
    .chain((ds) =>
      fc
        .tuple(...ds.map((d) => fc.array(codesFor(d, rfm, credit), { minLength: 1, maxLength: 3 })))
        .map((lists) => Object.fromEntries(ds.map((d, i) => [d, lists[i]]))),
    );
  const rule = (w: fc.Arbitrary<OverallRule["when"]>) =>
    fc
      .record({ class: snake, action: snake, when: w, label: maybe(labels), actionLabel: maybe(labels) })
      .map(compact);
  return fc
    .tuple(fc.array(rule(when), { maxLength: 4 }), rule(fc.constant({})))
    .map(([rs, fallback]) => [...rs, fallback]);
};

const standardArb: fc.Arbitrary<Standard> = fc
  .record({
    bins: fc.integer({ min: 2, max: 10 }),
    aPermille: fc.integer({ min: 1, max: 998 }),
    medium: fc.integer({ min: 1, max: 50 }),
    passive: fc.double({ min: 0, max: 9.5, noNaN: true }),
  })
  .chain(({ bins, aPermille, medium, passive }) =>
    fc
      .record({
        model: fc.oneof(
          fc.constantFrom("cn8" as const, "rf10" as const),
          fc.array(rfmRule(bins), { minLength: 1, maxLength: 4 }),
        ),
        grades,
      })
      .chain(({ model, grades: gs }) => {
        const rfm = {
          model,
          bins,
          ties: { recency: "value" as const, frequency: "value" as const, monetary: "value" as const },
        };
        return fc.record({
          version: fc.constant(1),
          name: text,
          refunds: fc.constantFrom("net" as const, "exclude" as const),
          frequency: fc.record({
            windowDays: fc.integer({ min: 1, max: 3650 }),
            highMinOrders: fc.integer({ min: medium, max: 100 }),
            mediumMinOrders: fc.constant(medium),
            newDays: fc.integer({ min: 1, max: 400 }),
            dormantDays: fc.integer({ min: 1, max: 800 }),
          }),
          abc: fc.record({
            a: fc.constant(aPermille / 1000),
            b: fc.integer({ min: aPermille + 1, max: 1000 }).map((b) => b / 1000),
            basis: fc.constantFrom("revenue" as const, "profit" as const),
            bigTicket: fc.record({ aovQuantile: share, maxOrders: fc.integer({ min: 1, max: 10 }) }),
          }),
          rfm: fc.record({
            model: fc.constant(model),
            bins: fc.constant(bins),
            ties: fc.record({ recency: tie, frequency: tie, monetary: tie }),
          }),
          industry: fc.record({
            aliases: fc.dictionary(token, fc.constantFrom(..."ABCDEFGHIJKLMNOPQRST".split("")), {
              maxKeys: 3,
            }),
          }),
          size: fc.record({
            standard: fc.constantFrom("nbs2017" as const, "eu_sme" as const),
            allowRevenueOnly: fc.boolean(),
            eurToCny: fc.double({ min: 0.5, max: 20, noNaN: true }),
          }),
          credit: fc.record({
            graceDays: fc.integer({ min: 0, max: 30 }),
            defaultTermDays: fc.integer({ min: 0, max: 180 }),
            minJudged: fc.integer({ min: 1, max: 12 }),
            grades: fc.constant(gs),
          }),
          satisfaction: fc.record({
            passiveMin: fc.constant(passive),
            promoterMin: fc.double({ min: passive, max: 10, noNaN: true }).filter((p) => p > passive),
            csatTopBoxMin: fc.double({ min: 1, max: 5, noNaN: true }),
          }),
          repeat: fc.record({ minOrders: fc.integer({ min: 2, max: 10 }) }),
          overall: fc.record({ rules: overallRules(rfm, gs) }),
        });
      }),
  );

/** What comes back when Excel hands every cell over as text (TRUE/FALSE as Excel writes booleans). */
const asText = (v: FlatCell): FlatCell =>
  v === null ? null : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);

describe("flattenStandard ⇄ unflattenStandard", () => {
  it("the generator makes valid standards (else the round trip proves little)", () => {
    fc.assert(
      fc.property(standardArb, (s) => expect(validateStandard(s)).toEqual([])),
      { numRuns: 200 },
    );
  });

  it("property: unflatten(flatten(s)) = s, without errors", () => {
    fc.assert(
      fc.property(standardArb, (s) => {
        const back = unflattenStandard(flattenStandard(s));
        expect(back.errors).toEqual([]);
        expect(back.standard).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it("property: the same when every cell comes back as text", () => {
    fc.assert(
      fc.property(standardArb, (s) => {
        const flat = flattenStandard(s);
        const input: FlatStandardInput = {
          rows: flat.rows.map((r) => ({ path: r.path, value: asText(r.value) })),
          tables: flat.tables.map((t) => ({
            id: t.id,
            columns: t.columns,
            rows: t.rows.map((row) => row.map(asText)),
          })),
        };
        const back = unflattenStandard(input);
        expect(back.errors).toEqual([]);
        expect(back.standard).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it("describes every row and column in both languages", () => {
    const flat = flattenStandard(defaultStandard());
    for (const r of flat.rows)
      expect([r.path, !!r.description["zh-CN"], !!r.description["en-US"]]).toEqual([r.path, true, true]);
    for (const t of flat.tables) {
      expect(t.columnDescriptions).toHaveLength(t.columns.length);
      for (const d of t.columnDescriptions) expect(!!d["zh-CN"] && !!d["en-US"]).toBe(true);
    }
  });

  it("writes a preset model by name and a rule table as custom + the rfm.rules table", () => {
    const s = defaultStandard();
    s.rfm.model = [{ segment: "top", r: [4, 5], f: [5, 5] }, { segment: "rest" }];
    const flat = flattenStandard(s);
    expect(flat.rows.find((r) => r.path === "rfm.model")?.value).toBe("custom");
    expect(flat.tables.find((t) => t.id === "rfm.rules")?.rows).toEqual([
      ["top", "4–5", 5, null, null, null],
      ["rest", null, null, null, null, null],
    ]);
  });
});

describe("unflattenStandard: reading what users type", () => {
  const rows = (pairs: [string, FlatCell][]) => pairs.map(([path, value]) => ({ path, value }));

  it("reads percentages, thousands separators, 是/否, and blank values as defaults", () => {
    const { standard, errors } = unflattenStandard({
      rows: rows([
        ["abc.a", "70%"],
        ["frequency.windowDays", "1,000"],
        ["size.allowRevenueOnly", "否"],
        ["abc.b", ""],
        ["", "ignored"],
      ]),
    });
    expect(errors).toEqual([]);
    expect([
      standard.abc.a,
      standard.frequency.windowDays,
      standard.size.allowRevenueOnly,
      standard.abc.b,
    ]).toEqual([0.7, 1000, false, 0.95]);
  });

  it("reads ranges written 4-5, 4~5, 4至5 and a single score", () => {
    const { standard, errors } = unflattenStandard({
      rows: rows([["rfm.model", "自定义"]]),
      tables: [
        {
          id: "rfm.rules",
          columns: ["segment", "r", "f", "m"],
          rows: [
            ["a", "4-5", "1~2", "3至5"],
            ["b", 3, "2", null],
          ],
        },
      ],
    });
    expect(errors).toEqual([]);
    expect(standard.rfm.model).toEqual([
      { segment: "a", r: [4, 5], f: [1, 2], m: [3, 5] },
      { segment: "b", r: [3, 3], f: [2, 2] },
    ]);
  });

  it("reads condition codes separated by commas, 、 or semicolons, and a one-language label for both", () => {
    const { standard, errors } = unflattenStandard({
      rows: [],
      tables: [
        {
          id: "overall.rules",
          columns: ["class", "action", "value", "credit", "label.zh-CN"],
          rows: [
            ["vip", "vip_care", "A、B", "A；B,none", "贵宾"],
            ["rest", "standard_service", null, null, null],
          ],
        },
      ],
    });
    expect(errors).toEqual([]);
    expect(standard.overall.rules[0]).toEqual({
      class: "vip",
      action: "vip_care",
      when: { value: ["A", "B"], credit: ["A", "B", "none"] },
      label: { "zh-CN": "贵宾", "en-US": "贵宾" },
    });
  });

  /** Errors point at the cell: table ("" = settings list), row index in the given rows, column. */
  const cases: [
    string,
    FlatStandardInput,
    { path: string; code: string; table: string; row: number; column?: number },
  ][] = [
    [
      "a value that is not a number → its settings row",
      {
        rows: rows([
          ["name", "x"],
          ["abc.a", "eighty"],
        ]),
      },
      { path: "abc.a", code: "wrong_type", table: "", row: 1 },
    ],
    [
      "an unknown setting, with did-you-mean",
      { rows: rows([["abc.aa", 0.7]]) },
      { path: "abc.aa", code: "unknown_key", table: "", row: 0 },
    ],
    [
      "a setting given twice",
      {
        rows: rows([
          ["abc.a", 0.7],
          ["abc.a", 0.6],
        ]),
      },
      { path: "abc.a", code: "duplicate", table: "", row: 1 },
    ],
    [
      "a relation broken → the row of the field named",
      {
        rows: rows([
          ["abc.a", 0.9],
          ["abc.b", 0.85],
        ]),
      },
      { path: "abc.b", code: "order", table: "", row: 1 },
    ],
    [
      "a grade cell → table, row (blank rows counted), column",
      {
        rows: [],
        tables: [
          {
            id: "credit.grades",
            columns: ["grade", "minOnTimeRate", "terms"],
            rows: [
              ["A", 0.9, "net30"],
              [null, null, null],
              ["B", "lots", "net15"],
              ["C", null, "cod"],
            ],
          },
        ],
      },
      {
        path: "credit.grades[1].minOnTimeRate",
        code: "wrong_type",
        table: "credit.grades",
        row: 2,
        column: 1,
      },
    ],
    [
      "grades whose last row has bounds → the last row",
      {
        rows: [],
        tables: [
          {
            id: "credit.grades",
            columns: ["grade", "minOnTimeRate", "terms"],
            rows: [
              ["A", 0.9, "net30"],
              ["B", 0.5, "cod"],
            ],
          },
        ],
      },
      { path: "credit.grades", code: "missing_fallback", table: "credit.grades", row: 1 },
    ],
    [
      "an unknown code in a condition → its column",
      {
        rows: [],
        tables: [
          {
            id: "overall.rules",
            columns: ["class", "action", "rfm"],
            rows: [
              ["x", "y", "champion"],
              ["z", "w", null],
            ],
          },
        ],
      },
      {
        path: "overall.rules[0].when.rfm[0]",
        code: "unknown_code",
        table: "overall.rules",
        row: 0,
        column: 2,
      },
    ],
    [
      "an unknown dimension column → the header",
      {
        rows: [],
        tables: [{ id: "overall.rules", columns: ["class", "action", "valeu"], rows: [["z", "w", null]] }],
      },
      { path: "overall.rules.valeu", code: "unknown_dimension", table: "overall.rules", row: -1, column: 2 },
    ],
    [
      "an alias to a non-section → the section column of its row",
      {
        rows: [],
        tables: [
          {
            id: "industry.aliases",
            columns: ["text", "section"],
            rows: [
              ["超市", "F"],
              ["工厂", "CC"],
            ],
          },
        ],
      },
      {
        path: 'industry.aliases["工厂"]',
        code: "invalid_code",
        table: "industry.aliases",
        row: 1,
        column: 1,
      },
    ],
    [
      "custom model without a table → the rfm.model row",
      { rows: rows([["rfm.model", "custom"]]) },
      { path: "rfm.model", code: "empty", table: "", row: 0 },
    ],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    const { standard, errors } = unflattenStandard(input);
    expect(errors).toContainEqual(expect.objectContaining(expected));
    expect(validateStandard(standard)).toEqual([]);
  });

  it("a table left out keeps the default table", () => {
    expect(unflattenStandard({ rows: [] }).standard).toEqual(DEFAULT_STANDARD);
  });
});
