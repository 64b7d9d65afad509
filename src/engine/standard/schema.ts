/**
 * The shape of a Standard as data: types, ranges and a description (zh/en) of every setting. It drives
 * validateStandard's per-field checks and the editable sheet's descriptions (flatten.ts); the checks that
 * relate fields (a < b, rule ranges within the bins, fallbacks …) are in validate.ts.
 */
import type { Labels } from "./types";

interface Base {
  /** Absent is allowed (rule-table fields such as bounds and labels). */
  optional?: boolean;
  doc: Labels;
}
export interface NumberSpec extends Base {
  kind: "number";
  integer?: boolean;
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}
/** `format`: snake_case codes, credit grade codes, GB/T section letters, free tokens, or any text. */
export type CodeFormat = "snake_case" | "grade" | "section" | "token";
export interface StringSpec extends Base {
  kind: "string";
  format?: CodeFormat;
}
export interface EnumSpec extends Base {
  kind: "enum";
  values: readonly string[];
}
export interface BooleanSpec extends Base {
  kind: "boolean";
}
export interface ObjectSpec extends Base {
  kind: "object";
  fields: Record<string, Spec>;
}
/** Free-form keys (industry.aliases: text → section letter). */
export interface MapSpec extends Base {
  kind: "map";
  value: Spec;
}
/** A rule table: an ordered list of objects. */
export interface TableSpec extends Base {
  kind: "table";
  item: ObjectSpec;
}
/** rfm.model: a preset name or a rule table. */
export interface ModelSpec extends Base {
  kind: "model";
  presets: readonly string[];
  table: TableSpec;
}
/** An inclusive score range [lo, hi] of whole numbers (its bounds are checked against rfm.bins). */
export interface RangeSpec extends Base {
  kind: "range";
}
/** An overall rule's conditions: dimension key → allowed codes (checked in validate.ts). */
export interface WhenSpec extends Base {
  kind: "when";
}
export type Spec =
  | NumberSpec
  | StringSpec
  | EnumSpec
  | BooleanSpec
  | ObjectSpec
  | MapSpec
  | TableSpec
  | ModelSpec
  | RangeSpec
  | WhenSpec;

const L = (zh: string, en: string): Labels => ({ "zh-CN": zh, "en-US": en });
const int = (doc: Labels, min: number, extra: Partial<NumberSpec> = {}): NumberSpec => ({
  kind: "number",
  integer: true,
  min,
  doc,
  ...extra,
});
const share = (doc: Labels, extra: Partial<NumberSpec> = {}): NumberSpec => ({
  kind: "number",
  min: 0,
  max: 1,
  doc,
  ...extra,
});
const labels = (doc: Labels): ObjectSpec => ({
  kind: "object",
  optional: true,
  doc,
  fields: {
    "zh-CN": { kind: "string", doc: L("中文名称", "Chinese label") },
    "en-US": { kind: "string", doc: L("英文名称", "English label") },
  },
});
const tie = (what: Labels): EnumSpec => ({
  kind: "enum",
  values: ["value", "rank"],
  doc: L(
    `${what["zh-CN"]}的并列处理：value 相同值同分；rank 按客户编号排名后分箱`,
    `Ties in ${what["en-US"]}: value = equal values share a score; rank = ranks by customer ID, then binned`,
  ),
});
const scoreRange = (what: string): RangeSpec => ({
  kind: "range",
  optional: true,
  doc: L(`${what} 分数区间（含两端），空 = 不限`, `${what} score range, inclusive; empty = any`),
});

export const RFM_RULE_SPEC: ObjectSpec = {
  kind: "object",
  doc: L("RFM 自定义规则（自上而下，先匹配者生效）", "Custom RFM rule (top down, first match wins)"),
  fields: {
    segment: { kind: "string", format: "snake_case", doc: L("分群代码", "Segment code") },
    r: scoreRange("R"),
    f: scoreRange("F"),
    m: scoreRange("M"),
    label: labels(L("分群名称", "Segment label")),
  },
};

export const CREDIT_GRADE_SPEC: ObjectSpec = {
  kind: "object",
  doc: L(
    "信用等级（从好到差，满足全部条件取该级；最后一级为兜底）",
    "Credit grade (best first; all given bounds must hold; the last is the fallback)",
  ),
  fields: {
    grade: { kind: "string", format: "grade", doc: L("等级代码", "Grade code") },
    minOnTimeRate: share(L("最低按时付款率（0–1）", "Minimum on-time rate (0–1)"), { optional: true }),
    maxWeightedDaysLate: {
      kind: "number",
      min: 0,
      optional: true,
      doc: L("最多金额加权平均逾期天数", "Maximum amount-weighted days late"),
    },
    maxOldestOverdueDays: {
      kind: "number",
      min: 0,
      optional: true,
      doc: L("最久逾期未付天数上限", "Maximum days the oldest unpaid invoice is past due"),
    },
    maxOverdueShare: share(
      L("逾期金额占开票金额比例上限（0–1）", "Maximum overdue amount / invoiced amount (0–1)"),
      { optional: true },
    ),
    terms: {
      kind: "string",
      format: "snake_case",
      doc: L("建议付款条件（如 net30、cod、prepay）", "Suggested terms (e.g. net30, cod, prepay)"),
    },
  },
};

export const OVERALL_RULE_SPEC: ObjectSpec = {
  kind: "object",
  doc: L(
    "综合分类规则（自上而下，先匹配者生效；无条件的规则为兜底）",
    "Overall rule (top down, first match wins; a rule without conditions is the fallback)",
  ),
  fields: {
    class: { kind: "string", format: "snake_case", doc: L("综合分类代码", "Overall class code") },
    action: { kind: "string", format: "snake_case", doc: L("建议措施代码", "Recommended action code") },
    when: {
      kind: "when",
      doc: L(
        "条件：维度 → 允许的分类代码（none = 无数据）",
        "Conditions: dimension → allowed codes (none = no data)",
      ),
    },
    label: labels(L("分类名称", "Class label")),
    actionLabel: labels(L("措施名称", "Action label")),
  },
};

export const STANDARD_SCHEMA: ObjectSpec = {
  kind: "object",
  doc: L("客户分类标准", "Customer classification standard"),
  fields: {
    version: int(L("标准格式版本", "Standard format version"), 1),
    name: { kind: "string", doc: L("标准名称", "Name of the standard") },
    refunds: {
      kind: "enum",
      values: ["net", "exclude"],
      doc: L(
        "退货处理：net 负数冲减收入；exclude 金额 ≤ 0 的行不计入 R、F、M",
        "Refunds: net = negative amounts reduce revenue; exclude = rows with amount ≤ 0 are ignored for R, F, M",
      ),
    },
    frequency: {
      kind: "object",
      doc: L("交易频率", "Frequency"),
      fields: {
        windowDays: int(
          L(
            "统计订单数的时间窗口（天，截至分析日）",
            "Window for counting orders (days before the as-of date)",
          ),
          0,
          { minExclusive: true },
        ),
        highMinOrders: int(L("高频：窗口内订单数 ≥", "High frequency: orders in the window ≥"), 1),
        mediumMinOrders: int(L("中频：窗口内订单数 ≥", "Medium frequency: orders in the window ≥"), 1),
        newDays: int(
          L("新客户：首次购买距分析日少于（天）", "New: first purchase fewer than this many days ago"),
          0,
          { minExclusive: true },
        ),
        dormantDays: int(
          L("休眠：最近一次购买距今超过（天）", "Dormant: no purchase for more than this many days"),
          0,
          { minExclusive: true },
        ),
      },
    },
    abc: {
      kind: "object",
      doc: L("消费价值 ABC", "Value (ABC)"),
      fields: {
        a: share(L("A 类累计占比界限（0 < a < b）", "A cut-off of the cumulative share (0 < a < b)"), {
          minExclusive: true,
          maxExclusive: true,
        }),
        b: share(L("B 类累计占比界限（a < b ≤ 1）", "B cut-off of the cumulative share (a < b ≤ 1)"), {
          minExclusive: true,
        }),
        basis: {
          kind: "enum",
          values: ["revenue", "profit"],
          doc: L("排序依据：revenue 收入；profit 毛利", "Basis: revenue or gross profit"),
        },
        bigTicket: {
          kind: "object",
          doc: L("大额低频客户", "Big ticket, low frequency"),
          fields: {
            aovQuantile: share(
              L("客单价分位数下限（0–1）", "Average order value at or above this quantile (0–1)"),
            ),
            maxOrders: int(L("订单数不超过", "At most this many orders"), 1),
          },
        },
      },
    },
    rfm: {
      kind: "object",
      doc: L("RFM 模型", "RFM"),
      fields: {
        model: {
          kind: "model",
          presets: ["cn8", "rf10"],
          doc: L(
            "模型：cn8 中国八类；rf10 R×F 十类；custom 使用下方自定义规则表",
            "Model: cn8 = Chinese 8 classes; rf10 = R×F map; custom = the rule table below",
          ),
          table: { kind: "table", item: RFM_RULE_SPEC, doc: L("RFM 自定义规则表", "Custom RFM rule table") },
        },
        bins: int(L("评分分箱数（分位数，默认 5）", "Score bins (quantiles, default 5)"), 2, { max: 10 }),
        ties: {
          kind: "object",
          doc: L("并列处理", "Tie policy"),
          fields: {
            recency: tie(L("最近购买天数", "recency")),
            frequency: tie(L("购买频次", "frequency")),
            monetary: tie(L("消费金额", "monetary")),
          },
        },
      },
    },
    industry: {
      kind: "object",
      doc: L("行业", "Industry"),
      fields: {
        aliases: {
          kind: "map",
          value: {
            kind: "string",
            format: "section",
            doc: L("GB/T 4754 门类字母", "GB/T 4754 section letter"),
          },
          doc: L("自定义行业别名：文字 → 门类字母", "Custom industry aliases: text → section letter"),
        },
      },
    },
    size: {
      kind: "object",
      doc: L("客户规模", "Size"),
      fields: {
        standard: {
          kind: "enum",
          values: ["nbs2017", "eu_sme"],
          doc: L(
            "划分标准：nbs2017 统计上大中小微型企业划分办法（2017）；eu_sme 欧盟中小企业定义",
            "Standard: nbs2017 = NBS 2017 enterprise size rules; eu_sme = EU SME definition",
          ),
        },
        allowRevenueOnly: {
          kind: "boolean",
          doc: L("只有营业收入时按收入近似划分", "Allow the revenue-only approximation"),
        },
        eurToCny: {
          kind: "number",
          min: 0,
          minExclusive: true,
          doc: L("欧元兑人民币汇率（用于欧盟中小企业标准）", "CNY per EUR (for the EU SME standard)"),
        },
      },
    },
    credit: {
      kind: "object",
      doc: L("付款行为 / 信用", "Payment behaviour / credit"),
      fields: {
        graceDays: int(
          L(
            "宽限天数：到期后几天内付款仍算按时",
            "Grace days: paid this many days after due still counts as on time",
          ),
          0,
        ),
        defaultTermDays: int(L("无到期日时：开票日 + 天数", "No due date: invoice date + this many days"), 0),
        minJudged: int(
          L(
            "评级所需的已判定发票数（不足时不评级，除非已严重逾期）",
            "Judged invoices needed for a grade (fewer: no grade unless seriously overdue)",
          ),
          1,
        ),
        grades: { kind: "table", item: CREDIT_GRADE_SPEC, doc: L("信用等级表", "Credit grade table") },
      },
    },
    satisfaction: {
      kind: "object",
      doc: L("满意度", "Satisfaction"),
      fields: {
        promoterMin: { kind: "number", min: 0, max: 10, doc: L("推荐者：NPS ≥", "Promoter: NPS ≥") },
        passiveMin: {
          kind: "number",
          min: 0,
          max: 10,
          doc: L("被动者：NPS ≥（低于为贬损者）", "Passive: NPS ≥ (below: detractor)"),
        },
        csatTopBoxMin: {
          kind: "number",
          min: 1,
          max: 5,
          doc: L("CSAT 满意（前两档）：≥", "CSAT top-2 box: ≥"),
        },
      },
    },
    repeat: {
      kind: "object",
      doc: L("复购", "Repeat purchase"),
      fields: { minOrders: int(L("复购客户：订单数 ≥", "Repeat customer: orders ≥"), 2) },
    },
    overall: {
      kind: "object",
      doc: L("综合分类", "Overall class"),
      fields: {
        rules: { kind: "table", item: OVERALL_RULE_SPEC, doc: L("综合分类规则表", "Overall rule table") },
      },
    },
  },
};
