/**
 * What both sides must agree on: counts per rf10 segment and per ABC class, and a digest of every
 * customer's (ID, segment, ABC class), so equal counts from different customers would still show.
 */
export interface Agreement {
  rfm: Record<string, number>;
  abc: Record<string, number>;
  /** FNV-1a (32-bit, hex) over "id\tsegment\tabc\n" lines in ID order (code-unit order). */
  digest: string;
  customers: number;
}

export function agreementOf(
  ids: readonly string[],
  rfm: readonly (string | null)[],
  abc: readonly (string | null)[],
): Agreement {
  const rfmCounts: Record<string, number> = {};
  const abcCounts: Record<string, number> = {};
  const order: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const s = rfm[i] ?? null;
    const a = abc[i] ?? null;
    if (s !== null) rfmCounts[s] = (rfmCounts[s] ?? 0) + 1;
    if (a !== null) abcCounts[a] = (abcCounts[a] ?? 0) + 1;
    if (s !== null || a !== null) order.push(i);
  }
  order.sort((x, y) => (ids[x]! < ids[y]! ? -1 : ids[x]! > ids[y]! ? 1 : 0));
  let h = 0x811c9dc5;
  const feed = (text: string) => {
    for (let k = 0; k < text.length; k++) {
      h ^= text.charCodeAt(k);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  for (const i of order) feed(`${ids[i]!}\t${rfm[i] ?? ""}\t${abc[i] ?? ""}\n`);
  return {
    rfm: sorted(rfmCounts),
    abc: sorted(abcCounts),
    digest: h.toString(16).padStart(8, "0"),
    customers: order.length,
  };
}

function sorted(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function sameAgreement(a: Agreement, b: Agreement): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
