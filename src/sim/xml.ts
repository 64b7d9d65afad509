/**
 * A small XML reader/writer for the package parts the simulator handles itself (custom XML,
 * pivot and chart parts). Element and attribute names keep their prefixes ("r:id"). Throws
 * XmlError on malformed input (unbalanced or unknown closing tags, bad attributes, no root).
 */

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

export class XmlError extends Error {}

const ENT: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENT[e]!;
  });
}

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const NAME = /^[A-Za-z_][\w.:-]*/;

/** Parses a document and returns its root element. */
export function parseXml(src: string): XmlNode {
  let i = 0;
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  const s = src.charCodeAt(0) === 0xfeff ? src.slice(1) : src;
  while (i < s.length) {
    const lt = s.indexOf("<", i);
    const textEnd = lt < 0 ? s.length : lt;
    if (textEnd > i) {
      const t = s.slice(i, textEnd);
      if (stack.length) stack[stack.length - 1]!.text += decodeEntities(t);
      else if (t.trim() !== "") throw new XmlError("text outside the root element");
    }
    if (lt < 0) break;
    i = lt;
    if (s.startsWith("<?", i)) {
      const e = s.indexOf("?>", i);
      if (e < 0) throw new XmlError("unterminated declaration");
      i = e + 2;
    } else if (s.startsWith("<!--", i)) {
      const e = s.indexOf("-->", i);
      if (e < 0) throw new XmlError("unterminated comment");
      i = e + 3;
    } else if (s.startsWith("<![CDATA[", i)) {
      const e = s.indexOf("]]>", i);
      if (e < 0 || !stack.length) throw new XmlError("bad CDATA");
      stack[stack.length - 1]!.text += s.slice(i + 9, e);
      i = e + 3;
    } else if (s.startsWith("<!", i)) {
      const e = s.indexOf(">", i);
      if (e < 0) throw new XmlError("unterminated doctype");
      i = e + 1;
    } else if (s.startsWith("</", i)) {
      const m = NAME.exec(s.slice(i + 2));
      const e = s.indexOf(">", i);
      if (!m || e < 0) throw new XmlError("bad closing tag");
      const open = stack.pop();
      if (!open || open.name !== m[0]) throw new XmlError(`mismatched </${m[0]}>`);
      i = e + 1;
    } else {
      const m = NAME.exec(s.slice(i + 1));
      if (!m) throw new XmlError("bad tag name");
      const node: XmlNode = { name: m[0], attrs: {}, children: [], text: "" };
      i += 1 + m[0].length;
      for (;;) {
        while (/\s/.test(s[i] ?? "")) i++;
        if (s.startsWith("/>", i)) {
          i += 2;
          attach(node, true);
          break;
        }
        if (s[i] === ">") {
          i += 1;
          attach(node, false);
          break;
        }
        const a = NAME.exec(s.slice(i));
        if (!a) throw new XmlError("bad attribute");
        i += a[0].length;
        while (/\s/.test(s[i] ?? "")) i++;
        if (s[i] !== "=") throw new XmlError("attribute without value");
        i++;
        while (/\s/.test(s[i] ?? "")) i++;
        const q = s[i];
        if (q !== '"' && q !== "'") throw new XmlError("unquoted attribute");
        const e = s.indexOf(q, i + 1);
        if (e < 0) throw new XmlError("unterminated attribute");
        if (a[0] in node.attrs) throw new XmlError("duplicate attribute");
        node.attrs[a[0]] = decodeEntities(s.slice(i + 1, e));
        i = e + 1;
      }
    }
  }
  if (stack.length) throw new XmlError(`unclosed <${stack[stack.length - 1]!.name}>`);
  const result = root as XmlNode | null;
  if (!result) throw new XmlError("no root element");
  return result;

  function attach(node: XmlNode, selfClosing: boolean): void {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else {
      if (root) throw new XmlError("more than one root element");
      root = node;
    }
    if (!selfClosing) stack.push(node);
  }
}

export function isWellFormed(src: string): boolean {
  try {
    parseXml(src);
    return true;
  } catch (e) {
    if (e instanceof XmlError) return false;
    throw e;
  }
}

/** Local name without prefix. */
export function local(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

export function child(n: XmlNode, localName: string): XmlNode | undefined {
  return n.children.find((c) => local(c.name) === localName);
}

export function children(n: XmlNode, localName: string): XmlNode[] {
  return n.children.filter((c) => local(c.name) === localName);
}

/** The namespace URI of an element (its prefix's xmlns declaration, searched on the element itself). */
export function namespaceOf(n: XmlNode): string {
  const i = n.name.indexOf(":");
  const attr = i < 0 ? "xmlns" : `xmlns:${n.name.slice(0, i)}`;
  return n.attrs[attr] ?? "";
}
