/**
 * What the task pane and the engine worker say to each other. Everything here is structured-clone
 * data (no functions, no class instances), so it crosses postMessage unchanged.
 */
import type { ClassifyOutcome, ClassifyRequest } from "../engine/classify";
import type { Explanation } from "../engine/explain";
import type { ClassKey } from "../engine/result";
import type { SearchResult } from "../engine/search";
import type { StandardError } from "../engine/standard/errors";
import type { Standard } from "../engine/standard/types";
import type { Lang } from "../engine/types";
import type { ResultDiff } from "../engine/whatif";
import type { ProductAnalysis } from "../engine/products";
import type { ProductView } from "./product-view";

/** A classification the worker keeps (its raw tables and result), to rerun with other standards. */
export type BaseId = number;

/** classify's outcome, plus the id under which the worker keeps its raw tables for what-if. */
/** The internals (`details`: typed arrays of per-customer metrics) stay in the worker. */
export type EngineClassifyOutcome = Omit<ClassifyOutcome, "details"> & { baseId: BaseId };

export interface WhatIfRequest {
  base: BaseId;
  /** The standard to try (partial JSON is merged onto the defaults, as for classify). */
  standard: unknown;
  keys?: readonly ClassKey[];
}

/** One side of a comparison: the standard as merged, and what was wrong with the input. */
export interface ScenarioSide {
  standard: Standard;
  standardErrors: StandardError[];
  customers: number;
}

export interface WhatIfOutcome {
  base: BaseId;
  after: ScenarioSide;
  /** Per dimension: the base result → the what-if result. */
  diff: ResultDiff;
}

export interface CompareRequest {
  base: BaseId;
  a: unknown;
  b: unknown;
  keys?: readonly ClassKey[];
}

export interface CompareOutcome {
  base: BaseId;
  a: ScenarioSide;
  b: ScenarioSide;
  /** Per dimension: scenario a → scenario b. */
  diff: ResultDiff;
}

/** Find a customer in a kept classification (the index is built once per base, in the worker). */
export interface SearchRequest {
  base: BaseId;
  query: string;
  /** Most hits returned (the total counts them all). */
  limit: number;
}

/** Why one customer (by index in the base's result) is in each class, in `lang`. */
export interface ExplainRequest {
  base: BaseId;
  customer: number;
  lang: Lang;
}

export interface ProductsRequest {
  base: BaseId;
}

export type WorkerRequest =
  | { id: number; op: "classify"; req: ClassifyRequest }
  | { id: number; op: "whatIf"; req: WhatIfRequest }
  | { id: number; op: "compare"; req: CompareRequest }
  | { id: number; op: "search"; req: SearchRequest }
  | { id: number; op: "explain"; req: ExplainRequest }
  | { id: number; op: "products"; req: ProductsRequest }
  | { id: number; op: "productAnalysis"; req: ProductsRequest };

/** An error as it crosses postMessage: `code` "no_base" when the base was dropped (run again). */
export interface WireError {
  name: string;
  message: string;
  code?: string;
}

export type WorkerResponse =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: WireError };

/** The engine as the task pane uses it, in a worker or (tests, no Worker) in this thread. */
export interface EngineClient {
  /** Classifies and keeps the raw tables as a base for what-if. Rejects with EngineAbortError on abort. */
  classify: (req: ClassifyRequest, signal?: AbortSignal) => Promise<EngineClassifyOutcome>;
  whatIf: (req: WhatIfRequest, signal?: AbortSignal) => Promise<WhatIfOutcome>;
  compare: (req: CompareRequest, signal?: AbortSignal) => Promise<CompareOutcome>;
  search: (req: SearchRequest, signal?: AbortSignal) => Promise<SearchResult>;
  /** null when the base has no such customer. */
  explain: (req: ExplainRequest, signal?: AbortSignal) => Promise<Explanation | null>;
  /** Sales by product of the base's transactions (computed on first request, then kept). */
  products: (req: ProductsRequest, signal?: AbortSignal) => Promise<ProductView>;
  /** The whole product analysis of the base (every product), for the product sheets a run writes. */
  productAnalysis: (req: ProductsRequest, signal?: AbortSignal) => Promise<ProductAnalysis>;
  /** Stops the worker; later calls start a new one (with no bases). */
  dispose: () => void;
}
