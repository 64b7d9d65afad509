/**
 * Text → GBK (code page 936) bytes, for the corpus's "CSV saved by Excel on Chinese Windows" case.
 * Node can decode GBK (TextDecoder, WHATWG Encoding) but not encode it, so the table is the decoder's
 * own answer for every two-byte code, inverted. ASCII stays one byte; a character GBK lacks throws.
 */
let table: Map<string, [number, number]> | null = null;

function reverseTable(): Map<string, [number, number]> {
  if (table) return table;
  const decoder = new TextDecoder("gbk", { fatal: false });
  const out = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== "\ufffd" && !out.has(ch)) out.set(ch, [lead, trail]);
    }
  }
  table = out;
  return out;
}

export default function encodeGbk(text: string): Uint8Array {
  const map = reverseTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) {
      bytes.push(c);
      continue;
    }
    const pair = map.get(ch);
    if (!pair) throw new Error(`GBK has no code for ${JSON.stringify(ch)}`);
    bytes.push(pair[0], pair[1]);
  }
  return new Uint8Array(bytes);
}
