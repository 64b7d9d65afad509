import type { RefundsPolicy } from "../../standard/types";

/** product.md: `net` is the default refunds policy (negative amounts reduce revenue, are not purchases). */
export const REFUNDS_DEFAULT: RefundsPolicy = "net";
