/**
 * Node-only helpers (the single module of the simulator that imports Node built-ins): .xlsx files
 * on disk, and a LibreOffice round trip used to check written workbooks with a real spreadsheet
 * program (`soffice --headless --convert-to …`).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import type { SimWorkbookState } from "./state";
import { loadXlsx } from "./xlsx-load";
import { saveXlsx, type SaveOptions } from "./xlsx-save";

export async function loadXlsxFile(path: string): Promise<SimWorkbookState> {
  return loadXlsx(new Uint8Array(await readFile(path)));
}

export async function saveXlsxFile(
  state: SimWorkbookState,
  path: string,
  options?: SaveOptions,
): Promise<void> {
  await writeFile(path, await saveXlsx(state, options));
}

/** Path of LibreOffice's `soffice` on PATH, or null. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["soffice", "libreoffice"]) {
      const p = join(dir, name);
      if (dir && existsSync(p)) return p;
    }
  }
  return null;
}

/**
 * Converts an .xlsx with LibreOffice (e.g. filter "ods", "pdf", or
 * "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1" for one CSV per
 * sheet) and returns the produced files by name. A private user profile keeps parallel runs apart.
 */
export async function convertWithLibreOffice(
  xlsx: Uint8Array,
  filter: string,
  timeoutMs = 120_000,
): Promise<Map<string, Uint8Array>> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not on PATH");
  const dir = await mkdtemp(join(tmpdir(), "sim-lo-"));
  try {
    const input = join(dir, "book.xlsx");
    await writeFile(input, xlsx);
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          filter,
          "--outdir",
          join(dir, "out"),
          input,
        ],
        { timeout: timeoutMs },
        (err) => (err ? reject(new Error(`soffice failed: ${err.message}`)) : resolve()),
      );
    });
    const out = new Map<string, Uint8Array>();
    for (const f of await readdir(join(dir, "out")))
      out.set(f, new Uint8Array(await readFile(join(dir, "out", f))));
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
