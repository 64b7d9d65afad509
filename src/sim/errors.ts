/**
 * Errors shaped like the ones Office.js raises (`RichApi.Error`, see
 * node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js, `_Internal.RuntimeError`):
 * `name`, `code`, `message`, `debugInfo { code, message, errorLocation }`, `traceMessages`,
 * `innerError`, `httpStatusCode`. Messages are the documented ones
 * (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */

/** Error codes used by the simulator (the strings Excel returns; see Excel.ErrorCodes and OfficeExtension.ErrorCodes). */
export const SimErrorCode = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  pivotTableRangeConflict: "PivotTableRangeConflict",
  propertyNotLoaded: "PropertyNotLoaded",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
  cannotUpdateReadOnlyProperty: "CannotUpdateReadOnlyProperty",
} as const;
export type SimErrorCodeValue = (typeof SimErrorCode)[keyof typeof SimErrorCode];

const MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: "http://go.microsoft.com/fwlink/?LinkId=825628".',
  GeneralException: "There was an internal error while processing the request.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  InvalidReference: "This reference is not valid for the current operation.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict:
    "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  NonBlankCellOffSheet:
    "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet. These non-empty cells might appear empty but have blank values, some formatting, or a formula. Delete enough rows or columns to make room for what you want to insert and then try again.",
  NotImplemented: "The requested feature isn't implemented.",
  PivotTableRangeConflict: "The attempted operation causes a conflict with a PivotTable range.",
  RangeExceedsLimit:
    "The cell count in the range has exceeded the maximum supported number. See the Resource limits and performance optimization for Office Add-ins article for more information.",
  // The two payload messages are the runtime's own strings (office_strings.js L_*PayloadSizeLimitExceededMessage).
  RequestPayloadSizeLimitExceeded:
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  ResponsePayloadSizeLimitExceeded:
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface SimDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

/** Structurally an `OfficeExtension.Error`. */
export class SimError extends Error {
  override name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: SimDebugInfo;
  traceMessages: string[] = [];
  innerError: SimError | null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message?: string, errorLocation?: string, httpStatusCode = 400) {
    const msg = message ?? MESSAGES[code] ?? code;
    super(msg);
    Object.setPrototypeOf(this, SimError.prototype);
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = { code, message: msg };
    if (errorLocation) this.debugInfo.errorLocation = errorLocation;
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function simError(code: SimErrorCodeValue, errorLocation?: string, message?: string): SimError {
  return new SimError(code, message, errorLocation);
}

/** Thrown when reading a property that was not loaded; the message is Office.js's verbatim. */
export function propertyNotLoaded(entity: string, property: string): SimError {
  return new SimError(
    SimErrorCode.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

export function invalidObjectPath(path: string): SimError {
  return new SimError(
    SimErrorCode.invalidObjectPath,
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    path,
  );
}

export function isSimError(e: unknown): e is SimError {
  return e instanceof SimError;
}
