/** Class colours: soft fills that keep black text readable (WCAG AA on every one), in a stable order. */
export const CLASS_FILLS = [
  "#C6EFCE", // green
  "#BDD7EE", // blue
  "#FFEB9C", // yellow
  "#F8CBAD", // orange
  "#E4DFEC", // lavender
  "#DDEBF7", // pale blue
  "#FCE4D6", // peach
  "#E2EFDA", // pale green
  "#FFC7CE", // pink
  "#D9D9D9", // grey
  "#D0CECE", // warm grey
  "#FFF2CC", // cream
] as const;

export function fillFor(index: number): string {
  return CLASS_FILLS[index % CLASS_FILLS.length] ?? "#D9D9D9";
}
