import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// The same check as `npm run validate`: XSD (../shared/xsd) plus the semantic rules.
const root = resolve(__dirname, "..");
const script = join(root, "scripts", "validate-manifest.mjs");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

function validate(file: string) {
  const run = spawnSync(process.execPath, [script, file, "--root", root], { encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("manifest.xml", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "custclass-manifest-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function brokenCopy(name: string, from: string | RegExp, to: string): string {
    const broken = manifest.replace(from, to);
    expect(broken).not.toBe(manifest); // the mutation applied
    const file = join(dir, name);
    writeFileSync(file, broken);
    return file;
  }

  test("is valid", () => {
    const { status, output } = validate(join(root, "manifest.xml"));
    expect(output).toMatch(/manifest\.xml: valid/);
    expect(status).toBe(0);
  });

  // Each broken copy must fail, and the message must name what is wrong.
  test.each<[string, string | RegExp, string, RegExp]>([
    [
      "an element the XSD does not allow",
      "<Permissions>ReadWriteDocument",
      "<Permissions>ReadWriteAll",
      /Permissions.*ReadWriteAll/,
    ],
    [
      "a resid with no resource",
      '<Title resid="GetStarted.Title" />',
      '<Title resid="GetStarted.Titel" />',
      /GetStarted\.Titel.*refers to no resource/,
    ],
    [
      "an http URL",
      'DefaultValue="https://localhost:3000/functions.json"',
      'DefaultValue="http://localhost:3000/functions.json"',
      /not https: http:\/\/localhost:3000\/functions\.json/,
    ],
    [
      "another namespace",
      'DefaultValue="CUSTCLASS"',
      'DefaultValue="CONTOSO"',
      /namespace is "CONTOSO", expected "CUSTCLASS"/,
    ],
    ["no SharedRuntime requirement", 'Name="SharedRuntime"', 'Name="ExcelApi"', /SharedRuntime/],
    ["a short-lived runtime", 'lifetime="long"', 'lifetime="short"', /lifetime="long"/],
    [
      "an icon of the wrong size",
      'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"',
      'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"',
      /icon-64\.png is 64×64, the manifest says 80×80/,
    ],
    ["a missing icon file", "assets/icon-16.png", "assets/icon-15.png", /icon file missing: .*icon-15\.png/],
    [
      "a version unlike package.json's",
      /<Version>[^<]*<\/Version>/,
      "<Version>9.9.9.9</Version>",
      /<Version> is 9\.9\.9\.9, package\.json says/,
    ],
    ["broken XML", "</OfficeApp>", "", /not well-formed XML/],
  ])("rejects %s", (name, from, to, message) => {
    const { status, output } = validate(brokenCopy(`${name.replace(/\W+/g, "-")}.xml`, from, to));
    expect(output).toMatch(message);
    expect(output).toMatch(/INVALID/);
    expect(status).toBe(1);
  });
});
