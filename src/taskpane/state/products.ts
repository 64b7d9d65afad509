/** Whether a run's transactions had a product column (the reader takes the code, else the name). */
import type { HeaderMapping } from "../../engine/read/headers";

export function hasProductColumn(mapping: HeaderMapping | null): boolean {
  return (
    mapping !== null && (mapping.fields.product !== undefined || mapping.fields.productName !== undefined)
  );
}
