/** Conditional formats on the host: creation defaults and ranges. */
import type { Rect } from "./address";
import { SimError, SimErrorCode } from "./errors";
import type { SimHost } from "./host";
import type { CfState, CfType, SheetState } from "./state";

export const CF_TYPES: CfType[] = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

const ICON_COUNTS: Record<string, number> = {
  ThreeArrows: 3,
  ThreeArrowsGray: 3,
  ThreeFlags: 3,
  ThreeTrafficLights1: 3,
  ThreeTrafficLights2: 3,
  ThreeSigns: 3,
  ThreeSymbols: 3,
  ThreeSymbols2: 3,
  ThreeStars: 3,
  ThreeTriangles: 3,
  FourArrows: 4,
  FourArrowsGray: 4,
  FourRedToBlack: 4,
  FourRating: 4,
  FourTrafficLights: 4,
  FiveArrows: 5,
  FiveArrowsGray: 5,
  FiveRating: 5,
  FiveQuarters: 5,
  FiveBoxes: 5,
};
export const ICON_SETS = Object.keys(ICON_COUNTS);

/** Excel's default thresholds for an icon set: equal percent steps (33/67, 25/50/75, 20/40/60/80). */
export function defaultIconCriteria(style: string): NonNullable<CfState["iconSet"]>["criteria"] {
  const n = ICON_COUNTS[style] ?? 3;
  const out: NonNullable<CfState["iconSet"]>["criteria"] = [
    { type: "Invalid", operator: "Invalid", formula: "" },
  ];
  for (let i = 1; i < n; i++)
    out.push({ type: "Percent", operator: "GreaterThanOrEqual", formula: `=${Math.round((100 * i) / n)}` });
  return out;
}

export function addCf(host: SimHost, sheet: SheetState, x: Rect, type: CfType): CfState {
  if (!CF_TYPES.includes(type)) throw new SimError(SimErrorCode.invalidArgument);
  host.state.seq.cf += 1;
  const cf: CfState = { id: String(host.state.seq.cf), type, rects: [{ ...x }], stopIfTrue: false };
  switch (type) {
    case "ColorScale":
      // Excel's default is the green-yellow-red 3-colour scale.
      cf.colorScale = {
        minimum: { type: "LowestValue", color: "#F8696B" },
        midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      };
      break;
    case "DataBar":
      cf.dataBar = {
        lowerBoundRule: { type: "Automatic" },
        upperBoundRule: { type: "Automatic" },
        positiveFillColor: "#638EC6",
        positiveBorderColor: "#638EC6",
        gradientFill: true,
        negativeFillColor: "#FF0000",
        barDirection: "Context",
        axisFormat: "Automatic",
        axisColor: "#000000",
        showDataBarOnly: false,
      };
      break;
    case "IconSet":
      cf.iconSet = {
        style: "ThreeTrafficLights1",
        criteria: defaultIconCriteria("ThreeTrafficLights1"),
        reverseIconOrder: false,
        showIconOnly: false,
      };
      break;
    case "Custom":
      cf.rule = { formula: "" };
      cf.format = {};
      break;
    case "CellValue":
      cf.rule = { formula1: "", operator: "Invalid" };
      cf.format = {};
      break;
    case "ContainsText":
      cf.rule = { operator: "Contains", text: "" };
      cf.format = {};
      break;
    case "TopBottom":
      cf.rule = { rank: 10, type: "TopItems" };
      cf.format = {};
      break;
    case "PresetCriteria":
      cf.rule = { criterion: "Invalid" };
      cf.format = {};
      break;
  }
  // A new rule goes to the top of the sheet's priority order.
  sheet.cfs.unshift(cf);
  return cf;
}
