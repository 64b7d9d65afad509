/**
 * The sample workbook, bundled as a file next to the page (webpack turns `new URL(…, import.meta.url)`
 * into an emitted asset and its URL), so the playground fetches it from its own origin.
 */
export const SAMPLE_URL = new URL("../../samples/customers-demo.xlsx", import.meta.url).href;
export const SAMPLE_NAME = "customers-demo.xlsx";
