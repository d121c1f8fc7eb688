/**
 * A least-recently-used map bounded by a number of entries and by a total weight (what the
 * caller says an entry costs, e.g. its characters), so a few huge values cannot hold the
 * process's memory the way many small ones may not either.
 */
export class BoundedLru<K, V> {
  // A Map iterates in insertion order: the first key is the least recently used.
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private totalWeight = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxWeight: number = Number.POSITIVE_INFINITY,
  ) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
    if (!(maxWeight > 0)) throw new RangeError('maxWeight must be positive');
  }

  get size(): number {
    return this.entries.size;
  }

  get weight(): number {
    return this.totalWeight;
  }

  /** The value, marked as the most recently used. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** The value, leaving its place in the order as it is (a look that is not a use). */
  peek(key: K): V | undefined {
    return this.entries.get(key)?.value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /**
   * Stores the value as the most recently used, evicting the least recently used until both
   * bounds hold. A value heavier than the whole budget is not kept (nor does it evict anything).
   */
  set(key: K, value: V, weight = 1): void {
    if (!(weight >= 0) || weight > this.maxWeight) {
      this.delete(key);
      return;
    }
    this.delete(key);
    this.entries.set(key, { value, weight });
    this.totalWeight += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.totalWeight <= this.maxWeight) break;
      this.entries.delete(oldest);
      this.totalWeight -= entry.weight;
    }
  }

  delete(key: K): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.totalWeight = 0;
  }
}
