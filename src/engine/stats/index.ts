/** Statistics used by the dimensions; each file states its convention. */
export { percentileInc, percentileIncOf, quintileThresholds, sortedFinite } from "./percentile";
export { radixSortIndex, indicesInIdOrder } from "./radixSort";
export { selectInPlace } from "./select";
export { scoreByThresholds } from "./score";
export { compareIds, idSortOrder } from "./ids";
export { rankFirst, rankFirstByOrder } from "./rank";
export { kahanSum, isExactMoney, sumMoney } from "./sum";
export { mean } from "./mean";
