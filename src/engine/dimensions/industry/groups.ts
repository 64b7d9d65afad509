/**
 * The seed's coarse industry groups (000_d15938d216876bad.txt §4: "如零售、制造或服务业" — retail,
 * manufacturing or services), made exhaustive and disjoint over the GB/T 4754-2017 sections:
 *
 *   primary           A          agriculture, forestry, animal husbandry, fishery
 *   manufacturing     C          manufacturing
 *   other_industry    B, D, E    mining, utilities (electricity/heat/gas/water), construction — the rest
 *                                of the secondary sector (NBS 三次产业划分规定: 第二产业 = B, C, D, E)
 *   retail_wholesale  F          wholesale and retail trades (the seed's "retail")
 *   services          G–R        transport … culture, incl. finance (J), real estate (K), education (P)
 *   public            S, T       public administration, social organisations, international organisations
 *
 * Groups go by section only: the NBS rule that moves a few divisions (05, 11, 43) into the tertiary
 * sector is not applied, so a group never depends on whether a code was given.
 */
export type IndustryGroup =
  "primary" | "manufacturing" | "other_industry" | "retail_wholesale" | "services" | "public";

export const INDUSTRY_GROUPS: readonly IndustryGroup[] = [
  "primary",
  "manufacturing",
  "other_industry",
  "retail_wholesale",
  "services",
  "public",
];

const GROUP_OF_SECTION: Readonly<Record<string, IndustryGroup>> = {
  A: "primary",
  B: "other_industry",
  C: "manufacturing",
  D: "other_industry",
  E: "other_industry",
  F: "retail_wholesale",
  G: "services",
  H: "services",
  I: "services",
  J: "services",
  K: "services",
  L: "services",
  M: "services",
  N: "services",
  O: "services",
  P: "services",
  Q: "services",
  R: "services",
  S: "public",
  T: "public",
};

/** Group of a section letter; "unknown" for "unknown" or any non-section. */
export function groupOfSection(section: string): IndustryGroup | "unknown" {
  return GROUP_OF_SECTION[section] ?? "unknown";
}
