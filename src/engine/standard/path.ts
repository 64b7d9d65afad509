/**
 * JSON paths of the standard as errors and the editable sheet show them: `abc.b`,
 * `overall.rules[2].when.rfm`, and a quoted key where a key is not an identifier:
 * `industry.aliases["零售 业"]`.
 */
export type PathSegment = string | number;

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (IDENT.test(s)) out += out === "" ? s : `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** Inverse of formatPath; null when the text is not a path it could have written. */
export function parsePath(path: string): PathSegment[] | null {
  const out: PathSegment[] = [];
  let i = 0;
  while (i < path.length) {
    const ch = path[i];
    if (ch === "[") {
      if (path[i + 1] === '"') {
        let j = i + 2;
        while (j < path.length && path[j] !== '"') j += path[j] === "\\" ? 2 : 1;
        if (path[j + 1] !== "]") return null;
        try {
          out.push(JSON.parse(path.slice(i + 1, j + 1)) as string);
        } catch {
          return null;
        }
        i = j + 2;
      } else {
        const j = path.indexOf("]", i);
        if (j < 0) return null;
        const n = Number(path.slice(i + 1, j));
        if (!Number.isInteger(n) || n < 0) return null;
        out.push(n);
        i = j + 1;
      }
    } else {
      if (ch === ".") {
        if (out.length === 0) return null;
        i++;
      }
      const m = /^[A-Za-z_$][A-Za-z0-9_$-]*/.exec(path.slice(i));
      if (m === null) return null;
      out.push(m[0]);
      i += m[0].length;
    }
  }
  return out;
}
