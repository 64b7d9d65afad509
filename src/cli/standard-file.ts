import { readFile } from "node:fs/promises";
import { mergeStandard } from "../engine/standard/merge";
import type { Lang } from "../engine/types";
import { InputError } from "./errors";

/**
 * Reads a standard JSON file (it may be partial). An invalid standard is unusable input: the run stops
 * with every error and its JSON path, rather than silently falling back to defaults.
 */
export async function loadStandardFile(path: string, lang: Lang): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new InputError(`${path} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { errors } = mergeStandard(json);
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.path || "(root)"}: ${e.message[lang]}`);
    const head = lang === "zh-CN" ? `${path} 中的分类标准有 ${errors.length} 处错误：` : `The standard in ${path} has ${errors.length} error(s):`;
    throw new InputError(`${head}\n${lines.join("\n")}`);
  }
  return json;
}
