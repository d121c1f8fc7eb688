/**
 * The item at `index`, which the caller's own logic guarantees is there (a loop bound, a sorted
 * rank, a position found before): a loud failure if it is not, where a cast would hide it.
 */
export function at<T>(items: ArrayLike<T>, index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`No item at ${index} of ${items.length}`);
  return item;
}

/** The same, for a record keyed by strings (a lookup table the caller has just filled). */
export function entry<T>(record: Readonly<Record<string, T>>, key: string): T {
  const item = record[key];
  if (item === undefined) throw new RangeError(`No entry "${key}"`);
  return item;
}
