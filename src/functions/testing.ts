/** Test helper: the FunctionError a call throws (fails the test when it returns or throws anything else). */
import { FunctionError } from "./errors";

export function errorOf(fn: () => unknown): FunctionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
  throw new Error("expected a FunctionError, but the call returned");
}
