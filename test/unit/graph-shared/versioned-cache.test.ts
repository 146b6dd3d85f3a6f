import { describe, expect, it } from "vitest";
import { VersionedCache } from "../../../graph-api/src/graph/common/versioned-cache.js";

describe("VersionedCache", () => {
  it("serves a period from cache until the graph version changes", async () => {
    const cache = new VersionedCache<number>();
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get(1, "2024", compute)).toEqual({ value: 1, cached: false });
    expect(await cache.get(1, "2024", compute)).toEqual({ value: 1, cached: true });
    expect(await cache.get(2, "2024", compute)).toEqual({ value: 2, cached: false });
  });

  it("shares one computation between concurrent callers and forgets failures", async () => {
    const cache = new VersionedCache<string>();
    let calls = 0;
    const slow = () => new Promise<string>((r) => setTimeout(() => r(`v${++calls}`), 10));
    const [a, b] = await Promise.all([cache.get(1, "k", slow), cache.get(1, "k", slow)]);
    expect([a.value, b.value, calls]).toEqual(["v1", "v1", 1]);
    await expect(cache.get(1, "bad", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect((await cache.get(1, "bad", async () => "ok")).value).toBe("ok");
  });

  it("evicts the least recently used entry", async () => {
    const cache = new VersionedCache<string>(2);
    await cache.get(1, "a", async () => "a");
    await cache.get(1, "b", async () => "b");
    await cache.get(1, "a", async () => "a2"); // hit: a becomes most recent
    await cache.get(1, "c", async () => "c"); // evicts b
    expect(cache.size).toBe(2);
    expect((await cache.get(1, "a", async () => "x")).cached).toBe(true);
    expect((await cache.get(1, "b", async () => "b2")).value).toBe("b2");
  });
});
