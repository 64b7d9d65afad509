/**
 * What the collections' getItem methods share: a missing item is ItemNotFound (or a null object
 * from the …OrNullObject variant), a name another item holds is ItemAlreadyExists, and names of
 * sheets, tables, pivots, fields and defined names compare case-insensitively.
 */
import { SimError, SimErrorCode } from "./errors";

export function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The found item, or ItemNotFound. */
export function requireItem<T>(item: T | null | undefined): T {
  if (item == null) throw new SimError(SimErrorCode.itemNotFound);
  return item;
}

/** For methods with an …OrNullObject twin: a missing item is null (a null object) there, else ItemNotFound. */
export function itemOrNull<T>(item: T | null | undefined, orNull: boolean): T | null {
  return orNull ? (item ?? null) : requireItem(item);
}

/** ItemAlreadyExists when an item other than `self` holds the name (on a rename, `self` may re-case its own). */
export function requireNameFree<T>(items: readonly T[], holds: (x: T) => boolean, self?: T): void {
  if (items.some((x) => x !== self && holds(x))) throw new SimError(SimErrorCode.itemAlreadyExists);
}
