#!/usr/bin/env node
/**
 * Offline manifest check. `office-addin-manifest validate` posts the XML to a web service, so instead:
 *  1. XSD validation with xmllint-wasm against the OfficeApp v1.1 schemas in ../shared/xsd
 *     (the main schema imports its siblings, so every .xsd there is preloaded);
 *  2. rules the XSD cannot express (below, one function each).
 * usage: node scripts/validate-manifest.mjs [manifest.xml] [--root DIR] [--xsd DIR]
 *   --root  where the files behind the manifest's URLs live (default: the manifest's folder)
 *   --xsd   the schema folder (default: $CUSTCLASS_XSD_DIR or ../shared/xsd beside the project)
 * Exit 0 when valid, 1 with one line per problem, 2 on a usage error or missing schemas.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";
import { DOMParser } from "@xmldom/xmldom";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const MAIN = "http://schemas.microsoft.com/office/appforoffice/1.1";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const EXPECTED_NAMESPACE = "CUSTCLASS";
// [MS-OWEMXML] and the manifest reference: resource ids are at most 32 characters.
const MAX_RESID = 32;

function parseArgs(argv) {
  const opts = { manifest: "manifest.xml", root: null, xsd: process.env.CUSTCLASS_XSD_DIR || null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--root" || a === "--xsd") {
      const v = argv[++i];
      if (!v) usage(`${a} needs a folder`);
      opts[a.slice(2)] = v;
    } else if (a.startsWith("-")) usage(`unknown option ${a}`);
    else opts.manifest = a;
  }
  opts.manifest = resolve(opts.manifest);
  opts.root = resolve(opts.root ?? dirname(opts.manifest));
  opts.xsd = resolve(opts.xsd ?? join(projectRoot, "..", "shared", "xsd"));
  return opts;
}

function usage(message) {
  console.error(
    `validate-manifest: ${message}\nusage: node scripts/validate-manifest.mjs [manifest.xml] [--root DIR] [--xsd DIR]`,
  );
  process.exit(2);
}

async function validateAgainstXsd(xml, fileName, xsdDir) {
  const main = "OfficeAppManifestV1_1.xsd";
  if (!existsSync(join(xsdDir, main)))
    usage(`no ${main} in ${xsdDir} (pass --xsd DIR or set CUSTCLASS_XSD_DIR)`);
  const load = (f) => ({ fileName: f, contents: readFileSync(join(xsdDir, f), "utf8") });
  const others = readdirSync(xsdDir).filter((f) => f.endsWith(".xsd") && f !== main);
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [load(main)],
    preload: others.map(load),
  });
  return result.errors.map((e) => ({ line: e.loc?.lineNumber ?? 0, message: e.message }));
}

/** Elements in document order, any namespace, by local name. */
function all(node, localName) {
  return Array.from(node.getElementsByTagNameNS("*", localName));
}

/** Which resource collection a `resid` on this element must point into. */
const RESID_KIND = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Runtime: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

function collectResources(doc) {
  const byId = new Map();
  const problems = [];
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const collection of doc.getElementsByTagNameNS(BT, kind)) {
      for (const el of Array.from(collection.childNodes).filter((n) => n.nodeType === 1)) {
        const id = el.getAttribute("id");
        if (byId.has(id))
          problems.push({ line: el.lineNumber, message: `resource id "${id}" is defined twice` });
        byId.set(id, { kind, el, value: el.getAttribute("DefaultValue") });
      }
    }
  }
  return { byId, problems };
}

function checkResids(doc, resources) {
  const problems = [];
  const used = new Set();
  for (const el of Array.from(doc.getElementsByTagName("*")).filter((e) => e.hasAttribute("resid"))) {
    const id = el.getAttribute("resid");
    used.add(id);
    if (id.length > MAX_RESID)
      problems.push({ line: el.lineNumber, message: `resid "${id}" is longer than ${MAX_RESID} characters` });
    const res = resources.byId.get(id);
    const want = RESID_KIND[el.localName];
    if (!res)
      problems.push({
        line: el.lineNumber,
        message: `<${el.localName} resid="${id}"> refers to no resource`,
      });
    else if (want && res.kind !== want)
      problems.push({
        line: el.lineNumber,
        message: `<${el.localName} resid="${id}"> must refer to a ${want} entry, not ${res.kind}`,
      });
  }
  const warnings = [];
  for (const [id, res] of resources.byId)
    if (!used.has(id)) warnings.push({ line: res.el.lineNumber, message: `resource "${id}" is never used` });
  return { problems, warnings };
}

/** Every URL the manifest gives Office must be https (Office refuses http add-in pages). */
function checkHttps(doc) {
  const problems = [];
  const urlElements = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"];
  const urls = [];
  for (const name of urlElements)
    for (const el of all(doc, name).filter((e) => e.namespaceURI === MAIN)) {
      urls.push([el, el.getAttribute("DefaultValue")]);
      for (const o of all(el, "Override")) urls.push([o, o.getAttribute("Value")]);
    }
  for (const kind of ["Images", "Urls"])
    for (const collection of doc.getElementsByTagNameNS(BT, kind))
      for (const el of Array.from(collection.childNodes).filter((n) => n.nodeType === 1)) {
        urls.push([el, el.getAttribute("DefaultValue")]);
        for (const o of all(el, "Override")) urls.push([o, o.getAttribute("Value")]);
      }
  for (const el of all(doc, "AppDomain")) urls.push([el, el.textContent.trim()]);
  for (const [el, url] of urls)
    if (!/^https:\/\//i.test(url ?? ""))
      problems.push({ line: el.lineNumber, message: `URL is not https: ${url}` });
  return problems;
}

function checkNamespace(doc, resources) {
  const ns = all(doc, "Namespace")[0];
  if (!ns) return [{ line: 0, message: `no custom-functions <Namespace> (expected ${EXPECTED_NAMESPACE})` }];
  const value = resources.byId.get(ns.getAttribute("resid"))?.value;
  if (value !== EXPECTED_NAMESPACE)
    return [
      {
        line: ns.lineNumber,
        message: `custom-functions namespace is "${value}", expected "${EXPECTED_NAMESPACE}"`,
      },
    ];
  return [];
}

/**
 * A shared runtime needs: the SharedRuntime requirement (base manifest or VersionOverrides), one
 * long-lived <Runtime>, and the task pane, the function file and the custom-functions page all on
 * that runtime's URL — otherwise Office starts separate runtimes and globals are not shared.
 */
function checkSharedRuntime(doc) {
  const problems = [];
  const set = all(doc, "Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
  if (!set) problems.push({ line: 0, message: `no <Set Name="SharedRuntime"> requirement` });
  else {
    const min = set.getAttribute("MinVersion") || set.parentNode.getAttribute("DefaultMinVersion") || "1.1";
    if (Number(min) < 1.1)
      problems.push({ line: set.lineNumber, message: `SharedRuntime MinVersion ${min} < 1.1` });
  }
  const runtimes = all(doc, "Runtime");
  if (runtimes.length !== 1) {
    problems.push({ line: 0, message: `expected exactly one <Runtime>, found ${runtimes.length}` });
    return problems;
  }
  const runtime = runtimes[0];
  if (runtime.getAttribute("lifetime") !== "long")
    problems.push({
      line: runtime.lineNumber,
      message: `<Runtime> must have lifetime="long" for a shared runtime`,
    });
  const resid = runtime.getAttribute("resid");
  const mustShare = [
    ...all(doc, "Page").flatMap((p) => all(p, "SourceLocation")),
    ...all(doc, "FunctionFile"),
    ...all(doc, "Action")
      .filter((a) => a.getAttributeNS(XSI, "type") === "ShowTaskpane")
      .flatMap((a) => all(a, "SourceLocation")),
  ];
  for (const el of mustShare)
    if (el.getAttribute("resid") !== resid)
      problems.push({
        line: el.lineNumber,
        message: `<${el.localName} resid="${el.getAttribute("resid")}"> must use the runtime's resid "${resid}"`,
      });
  return problems;
}

/** PNG width and height from the IHDR chunk (PNG spec §11.2.2), or null if not a PNG. */
function pngSize(bytes) {
  const signature = "89504e470d0a1a0a";
  if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Icons: each file must exist under --root and be a square PNG of the size the manifest declares.
 * The files are found by the URL's path below the add-in's base URL (the folder of the default
 * SourceLocation), so the check works for localhost and for a deployed copy alike.
 */
function checkIcons(doc, resources, root) {
  const problems = [];
  const source = all(doc, "SourceLocation").find((e) => e.parentNode?.localName === "DefaultSettings");
  const base = new URL(".", source?.getAttribute("DefaultValue") ?? "https://localhost/").href;
  const expected = []; // [url, size, element]
  const iconUrl = all(doc, "IconUrl")[0];
  if (iconUrl) expected.push([iconUrl.getAttribute("DefaultValue"), 32, iconUrl]);
  const hiRes = all(doc, "HighResolutionIconUrl")[0];
  if (hiRes) expected.push([hiRes.getAttribute("DefaultValue"), 64, hiRes]);
  for (const ref of all(doc, "Image").filter((e) => e.hasAttribute("resid"))) {
    const res = resources.byId.get(ref.getAttribute("resid"));
    if (res) expected.push([res.value, Number(ref.getAttribute("size")), ref]);
  }
  const seen = new Set();
  for (const [url, size, el] of expected) {
    const key = `${url}@${size}`;
    if (seen.has(key) || !url) continue;
    seen.add(key);
    if (!url.startsWith(base)) {
      problems.push({
        line: el.lineNumber,
        message: `icon ${url} is not below the add-in's base URL ${base}`,
      });
      continue;
    }
    const file = join(root, decodeURIComponent(url.slice(base.length)));
    if (!existsSync(file)) {
      problems.push({ line: el.lineNumber, message: `icon file missing: ${file} (for ${url})` });
      continue;
    }
    const dims = pngSize(readFileSync(file));
    if (!dims) problems.push({ line: el.lineNumber, message: `icon ${file} is not a PNG` });
    else if (dims.width !== size || dims.height !== size)
      problems.push({
        line: el.lineNumber,
        message: `icon ${basename(file)} is ${dims.width}×${dims.height}, the manifest says ${size}×${size}`,
      });
  }
  return problems;
}

/** <Version> is package.json's version with a fourth part, so a release bumps both together. */
function checkVersion(doc) {
  const pkgPath = join(projectRoot, "package.json");
  const version = all(doc, "Version")[0];
  if (!version || !existsSync(pkgPath)) return [];
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")).version;
  const want = `${pkg.replace(/-.*$/, "")}.0`;
  const got = version.textContent.trim();
  return got === want
    ? []
    : [
        {
          line: version.lineNumber,
          message: `<Version> is ${got}, package.json says ${pkg} (expected ${want})`,
        },
      ];
}

/** Well-formedness first: a manifest that is not XML gets that one message, not a cascade. */
function parse(xml) {
  const errors = [];
  const onError = (level, message) => {
    if (level !== "warning") errors.push({ line: 0, message: `not well-formed XML: ${message}` });
  };
  try {
    return { doc: new DOMParser({ onError }).parseFromString(xml, "text/xml"), errors };
  } catch (err) {
    if (errors.length === 0) errors.push({ line: 0, message: `not well-formed XML: ${err.message}` });
    return { doc: null, errors };
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.manifest)) usage(`no manifest at ${opts.manifest}`);
  const xml = readFileSync(opts.manifest, "utf8");
  const name = basename(opts.manifest);

  const parsed = parse(xml);
  const errors = parsed.errors;
  let warnings = [];
  if (errors.length === 0) {
    const doc = parsed.doc;
    errors.push(...(await validateAgainstXsd(xml, name, opts.xsd)));
    const resources = collectResources(doc);
    const resids = checkResids(doc, resources);
    warnings = resids.warnings;
    errors.push(
      ...resources.problems,
      ...resids.problems,
      ...checkHttps(doc),
      ...checkNamespace(doc, resources),
      ...checkSharedRuntime(doc),
      ...checkIcons(doc, resources, opts.root),
      ...checkVersion(doc),
    );
  }

  const where = (p) => (p.line ? `${name}:${p.line}` : name);
  for (const w of warnings) console.warn(`${where(w)}: warning: ${w.message}`);
  if (errors.length > 0) {
    for (const e of errors) console.error(`${where(e)}: error: ${e.message}`);
    console.error(`${name}: INVALID — ${errors.length} problem(s)`);
    process.exit(1);
  }
  console.log(
    `${name}: valid (XSD ${relative(process.cwd(), opts.xsd) || "."}; resource ids, https, namespace, shared runtime, icons, version)`,
  );
}

main().catch((err) => {
  console.error(`validate-manifest: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
});
