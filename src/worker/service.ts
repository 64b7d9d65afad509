/**
 * The engine behind the worker boundary, with memory: each classification is kept as a "base" (its
 * raw tables and result), so what-if reruns the engine on the same data with another standard and
 * compares, without reading the workbook again. Plain TypeScript (no DOM, no worker API): the worker
 * (engine.worker.ts) and the in-thread client (in-thread.ts) both wrap it, and node tests call it.
 *
 * Memory: raw tables of a large workbook are big, so only the `maxBases` most recently used bases are
 * kept (default 2: the result shown and a run in progress), each with up to `maxRuns` what-if results.
 * A base also keeps its own run's internals (details: per-customer metrics, the transaction columns),
 * which "find a customer", the explanations and the product view read; they are smaller than the raw
 * tables beside them.
 */
import { classify as engineClassify, type ClassifyOutcome, type ClassifyRequest } from "../engine/classify";
import { explainCustomer, type Explanation } from "../engine/explain";
import { analyseProducts, type ProductAnalysis } from "../engine/products";
import type { ClassificationResult } from "../engine/result";
import { searchCustomers, searchIndexOf, type SearchResult } from "../engine/search";
import type { StandardError } from "../engine/standard/errors";
import { diffResults, WHATIF_KEYS } from "../engine/whatif";
import { EngineError } from "./errors";
import type {
  BaseId,
  CompareOutcome,
  CompareRequest,
  EngineClassifyOutcome,
  ExplainRequest,
  ProductsRequest,
  ScenarioSide,
  SearchRequest,
  WhatIfOutcome,
  WhatIfRequest,
} from "./protocol";
import { withProductNames } from "./product-names";
import { productView, type ProductView } from "./product-view";

export interface EngineService {
  classify(req: ClassifyRequest): EngineClassifyOutcome;
  whatIf(req: WhatIfRequest): WhatIfOutcome;
  compare(req: CompareRequest): CompareOutcome;
  search(req: SearchRequest): SearchResult;
  explain(req: ExplainRequest): Explanation | null;
  products(req: ProductsRequest): ProductView;
  productAnalysis(req: ProductsRequest): ProductAnalysis;
  /** Ids of the bases kept, least recently used first. */
  bases(): BaseId[];
}

export interface EngineServiceOptions {
  maxBases?: number;
  maxRuns?: number;
  /** The engine (tests count calls through it). */
  classify?: typeof engineClassify;
}

interface Run {
  result: ClassificationResult;
  standardErrors: StandardError[];
}

interface Base {
  req: ClassifyRequest;
  /** The base's own classification, with its internals. */
  own: ClassifyOutcome;
  /** The product analysis and its view, once asked for (it reads every transaction line). */
  analysis: ProductAnalysis | null;
  products: ProductView | null;
  /** Results by the JSON of the standard given; the base's own run first. */
  runs: Map<string, Run>;
}

const standardKey = (standard: unknown): string => JSON.stringify(standard ?? {});

/** The base's product analysis, computed once: the pane's view and the product sheets share it. */
function analysisOf(base: Base): ProductAnalysis {
  base.analysis ??= analyseProducts(base.own.details.tx, base.own.result);
  return base.analysis;
}

export function createEngineService(options: EngineServiceOptions = {}): EngineService {
  const maxBases = Math.max(1, options.maxBases ?? 2);
  const maxRuns = Math.max(2, options.maxRuns ?? 4);
  const run = options.classify ?? engineClassify;
  const bases = new Map<BaseId, Base>();
  let nextId = 1;

  function baseOf(id: BaseId): Base {
    const base = bases.get(id);
    if (base === undefined) {
      throw new EngineError(
        `No classification ${id} is kept any more; run the classification again.`,
        "no_base",
      );
    }
    // Most recently used last.
    bases.delete(id);
    bases.set(id, base);
    return base;
  }

  function runOn(base: Base, standard: unknown): Run {
    const key = standardKey(standard);
    const hit = base.runs.get(key);
    if (hit !== undefined) return hit;
    const out = run({ ...base.req, standard });
    const r: Run = { result: out.result, standardErrors: out.standardErrors };
    base.runs.set(key, r);
    // Keep the base's own run (the first); drop the oldest what-if run.
    while (base.runs.size > maxRuns) {
      const keys = [...base.runs.keys()];
      const drop = keys[1];
      if (drop === undefined) break;
      base.runs.delete(drop);
    }
    return r;
  }

  function side(r: Run): ScenarioSide {
    return {
      standard: r.result.standard,
      standardErrors: r.standardErrors,
      customers: r.result.summary.customers, // the count, without building the records
    };
  }

  function ownRun(base: Base): Run {
    const first = base.runs.values().next();
    if (first.done === true) throw new EngineError("A kept classification has no result.", "no_base");
    return first.value;
  }

  return {
    classify(req) {
      const out = run(req);
      const id = nextId++;
      bases.set(id, {
        req,
        own: out,
        analysis: null,
        products: null,
        runs: new Map([
          [standardKey(req.standard), { result: out.result, standardErrors: out.standardErrors }],
        ]),
      });
      while (bases.size > maxBases) {
        const oldest = bases.keys().next();
        if (oldest.done === true) break;
        bases.delete(oldest.value);
      }
      // The internals (typed arrays of per-customer metrics) are not needed across the boundary.
      const { details: _internal, ...shared } = out;
      return { ...shared, baseId: id };
    },
    whatIf(req) {
      const base = baseOf(req.base);
      const before = ownRun(base);
      const after = runOn(base, req.standard);
      return {
        base: req.base,
        after: side(after),
        diff: diffResults(before.result, after.result, req.keys ?? WHATIF_KEYS),
      };
    },
    compare(req) {
      const base = baseOf(req.base);
      const a = runOn(base, req.a);
      const b = runOn(base, req.b);
      return {
        base: req.base,
        a: side(a),
        b: side(b),
        diff: diffResults(a.result, b.result, req.keys ?? WHATIF_KEYS),
      };
    },
    search(req) {
      // The index is built on the first search of a result and kept with it (engine/search WeakMap).
      const result = baseOf(req.base).own.result;
      return searchCustomers(searchIndexOf(result), req.query, { limit: req.limit });
    },
    explain(req) {
      return explainCustomer(baseOf(req.base).own, req.customer, req.lang);
    },
    productAnalysis(req) {
      return analysisOf(baseOf(req.base));
    },
    products(req) {
      const base = baseOf(req.base);
      base.products ??= withProductNames(
        productView(analysisOf(base)),
        base.req.transactions,
        base.own.mappings.transactions,
      );
      return base.products;
    },
    bases: () => [...bases.keys()],
  };
}
