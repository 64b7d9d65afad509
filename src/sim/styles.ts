/**
 * Cell formats, interned like Excel's cellXfs: a cell stores a style id; id 0 is the default
 * (General, Calibri 11, black, no fill, bottom-aligned) — Excel's "Normal" style.
 */

export type BorderSide =
  | "EdgeTop"
  | "EdgeBottom"
  | "EdgeLeft"
  | "EdgeRight"
  | "InsideVertical"
  | "InsideHorizontal"
  | "DiagonalDown"
  | "DiagonalUp";
export const BORDER_SIDES: BorderSide[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

export interface Border {
  style: string; // "None" | "Continuous" | ...
  color: string;
  weight: string; // "Hairline" | "Thin" | "Medium" | "Thick"
}

export interface Style {
  numberFormat: string;
  fontName: string;
  fontSize: number;
  fontColor: string;
  bold: boolean;
  italic: boolean;
  underline: string;
  strikethrough: boolean;
  /** null = no fill. */
  fillColor: string | null;
  hAlign: string;
  vAlign: string;
  wrapText: boolean;
  indent: number;
  /** Only the four edges are stored per cell (inside borders are edges of neighbours). */
  borders: {
    EdgeTop?: Border;
    EdgeBottom?: Border;
    EdgeLeft?: Border;
    EdgeRight?: Border;
    DiagonalDown?: Border;
    DiagonalUp?: Border;
  };
  /** Set when text was entered with a leading apostrophe (OOXML xf/@quotePrefix). */
  quotePrefix: boolean;
}

export const DEFAULT_STYLE: Readonly<Style> = Object.freeze({
  numberFormat: "General",
  fontName: "Calibri",
  fontSize: 11,
  fontColor: "#000000",
  bold: false,
  italic: false,
  underline: "None",
  strikethrough: false,
  fillColor: null,
  hAlign: "General",
  vAlign: "Bottom",
  wrapText: false,
  indent: 0,
  borders: {},
  quotePrefix: false,
});

function key(s: Style): string {
  const b = s.borders;
  return JSON.stringify([
    s.numberFormat,
    s.fontName,
    s.fontSize,
    s.fontColor,
    s.bold,
    s.italic,
    s.underline,
    s.strikethrough,
    s.fillColor,
    s.hAlign,
    s.vAlign,
    s.wrapText,
    s.indent,
    b.EdgeTop ?? null,
    b.EdgeBottom ?? null,
    b.EdgeLeft ?? null,
    b.EdgeRight ?? null,
    b.DiagonalDown ?? null,
    b.DiagonalUp ?? null,
    s.quotePrefix,
  ]);
}

export function cloneStyle(s: Readonly<Style>): Style {
  return { ...s, borders: { ...s.borders } };
}

export class StyleTable {
  readonly styles: Style[] = [cloneStyle(DEFAULT_STYLE)];
  private readonly index = new Map<string, number>([[key(DEFAULT_STYLE), 0]]);

  get(id: number | undefined): Style {
    return this.styles[id ?? 0] ?? this.styles[0]!;
  }

  intern(s: Style): number {
    const k = key(s);
    const found = this.index.get(k);
    if (found !== undefined) return found;
    const id = this.styles.length;
    this.styles.push(s);
    this.index.set(k, id);
    return id;
  }

  /** The id of `id`'s style changed by `patch`; `memo` caches per operation so a big range costs one intern per distinct style. */
  derive(id: number, patch: (s: Style) => void, memo: Map<number, number>): number {
    const hit = memo.get(id);
    if (hit !== undefined) return hit;
    const s = cloneStyle(this.get(id));
    patch(s);
    const out = this.intern(s);
    memo.set(id, out);
    return out;
  }
}
