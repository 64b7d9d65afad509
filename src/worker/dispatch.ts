/** One request to the engine service → its answer: the worker's switch, shared with the tests' fake worker. */
import { toWire } from "./customer-columns";
import type { WorkerRequest } from "./protocol";
import type { EngineService } from "./service";

export function answer(service: EngineService, msg: WorkerRequest): unknown {
  switch (msg.op) {
    case "classify":
      return toWire(service.classify(msg.req)); // the pane's client unpacks (fromWire)
    case "whatIf":
      return service.whatIf(msg.req);
    case "compare":
      return service.compare(msg.req);
    case "search":
      return service.search(msg.req);
    case "explain":
      return service.explain(msg.req);
    case "products":
      return service.products(msg.req);
    case "productAnalysis":
      return service.productAnalysis(msg.req);
  }
}
