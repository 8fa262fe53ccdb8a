// What a review of one document keeps between runs: work that depends only on the original (which
// never changes) or on one row's text is done once and reused, so a click re-checks what it
// touched and not the whole article. A memo is valid for one set of rows (one alignment) and one
// glossary; shared/review/review-session.ts makes a new one when either changes.

export class ReviewMemo {
  private readonly values = new Map<string, unknown>();

  /** The value stored under `key`, made by `make` the first time it is asked for. */
  get<T>(key: string, make: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = make();
    this.values.set(key, value);
    return value;
  }
}
