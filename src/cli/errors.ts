/** The input cannot be used (missing file, not a workbook, invalid standard): exit code 1. */
export class InputError extends Error {}
