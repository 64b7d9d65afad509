import type { Lang } from "../engine/types";
import type { ProgressEvent, Phase } from "../excel/run";

const NAMES: Record<Lang, Record<Phase, string>> = {
  "zh-CN": { reading: "读取", classifying: "分类", writing: "写入", formatting: "格式", summary: "汇总" },
  "en-US": { reading: "reading", classifying: "classifying", writing: "writing", formatting: "formatting", summary: "summary" },
};

/** Progress on stderr: one line per phase on a pipe, a live percentage on a terminal. */
export function progressPrinter(err: NodeJS.WritableStream & { isTTY?: boolean }, lang: Lang) {
  let phase: Phase | null = null;
  let lastPct = -1;
  const started = Date.now();
  const onProgress = (e: ProgressEvent) => {
    const pct = Math.floor(e.fraction * 100);
    if (e.phase !== phase) {
      if (phase && err.isTTY) err.write("\n");
      phase = e.phase;
      lastPct = -1;
      if (!err.isTTY) err.write(`custclass: ${NAMES[lang][e.phase]}…\n`);
    }
    if (err.isTTY && pct !== lastPct) {
      lastPct = pct;
      err.write(`\rcustclass: ${NAMES[lang][e.phase]} ${pct}%   `);
    }
  };
  return Object.assign(onProgress, {
    done: () => {
      if (err.isTTY) err.write("\n");
      err.write(`custclass: ${lang === "zh-CN" ? "完成" : "done"} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    },
  });
}
