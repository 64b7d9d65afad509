/** Any failure → a Notice for the message bar: what happened and what to do. Nothing is dropped. */
import { WorkbookError } from "../../excel/errors";
import { EngineAbortError, EngineError } from "../../worker/errors";
import type { NoticeKey } from "../strings";
import type { Notice } from "./types";

export function noticeOf(e: unknown, fallback: NoticeKey = "unexpected"): Notice {
  if (e instanceof WorkbookError) {
    return {
      intent: e.code === "cancelled" ? "info" : "error",
      kind: "workbook",
      code: e.code,
      params: e.params,
      ...(e.sheet !== undefined && { sheet: e.sheet }),
      ...(e.cell !== undefined && { cell: e.cell }),
    };
  }
  if (e instanceof EngineAbortError) return { intent: "info", kind: "pane", key: "cancelled" };
  if (e instanceof EngineError) {
    const key: NoticeKey =
      e.code === "no_base" ? "noBase" : e.code === "worker_failed" ? "workerFailed" : "engineFailed";
    return { intent: "error", kind: "pane", key, params: { detail: e.message } };
  }
  const detail = e instanceof Error ? e.message : String(e);
  return { intent: "error", kind: "pane", key: fallback, params: { detail } };
}
