/** Find a customer by part of its name or ID (task pane search box, CUSTCLASS functions). */
export {
  searchCustomers,
  searchIndexOf,
  type MatchKind,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
} from "./search";
export { buildSearchIndex, type SearchIndex } from "./buildIndex";
export { normalizeSearchText } from "./normalize";
