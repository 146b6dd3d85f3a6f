/**
 * An in-process cache of computations keyed by period, valid for one graph version. The importer
 * bumps (:TTGraphMeta {key:'graph'}).version; callers read it (one cheap query) and pass it in, so
 * several stateless API processes each drop their entries when any of them sees a new version.
 * Concurrent requests for the same key share one computation; a failed computation is not kept.
 */
export class VersionedCache<V> {
  private version: number | null = null;
  private readonly entries = new Map<string, Promise<V>>();

  /** @param maxEntries entries kept per version, least recently used evicted first. */
  constructor(private readonly maxEntries = 12) {}

  async get(version: number, key: string, compute: () => Promise<V>): Promise<{ value: V; cached: boolean }> {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key); // re-insert: Map order is the LRU order
      this.entries.set(key, hit);
      return { value: await hit, cached: true };
    }
    const pending = compute();
    this.entries.set(key, pending);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    try {
      return { value: await pending, cached: false };
    } catch (e) {
      if (this.entries.get(key) === pending) this.entries.delete(key);
      throw e;
    }
  }

  /** Number of entries held (tests). */
  get size(): number {
    return this.entries.size;
  }
}
