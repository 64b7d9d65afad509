/**
 * Right-aligned numbers in the pane's tables. An inline style, because the shared table rule
 * (styles.ts, `& th, & td` text-align left) is more specific than the shared `num` class and wins over it.
 */
export const NUMERIC = { textAlign: "right" } as const;
