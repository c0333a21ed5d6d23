/**
 * Keeps the best `limit` of a stream of items in order, in memory proportional to `limit` whatever the stream's
 * length: the patient search reads its candidates in batches and keeps only these.
 */
export class BestMatches<T> {
  readonly #items: T[] = [];

  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error("BestMatches needs a positive whole limit");
  }

  offer(item: T): void {
    const items = this.#items;
    const last = items.at(-1);
    if (items.length === this.limit && last !== undefined && this.compare(item, last) >= 0) return;
    // Binary search for the first kept item that comes after `item`; equal items keep their arrival order.
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(items[middle]!, item) <= 0) low = middle + 1;
      else high = middle;
    }
    items.splice(low, 0, item);
    if (items.length > this.limit) items.pop();
  }

  /** The kept items, best first. */
  toArray(): T[] {
    return [...this.#items];
  }
}
