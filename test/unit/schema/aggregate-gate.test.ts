/**
 * The per-process cap on concurrent aggregates: never more running than the cap, a bounded queue
 * in FIFO order, SERVER_BUSY when the queue is full or the wait runs out (the work then never
 * runs), and the wait taken off the time the work is given.
 */
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { AggregateGate } from "../../../graph-api/src/schema/gate-aggregate-fields.js";

/** A promise with its resolve function outside. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("AggregateGate", () => {
  it("runs at most maxConcurrent at once, the rest in arrival order", async () => {
    const gate = new AggregateGate({ maxConcurrent: 2, maxQueued: 10, maxWaitMs: 60_000 });
    const release = Array.from({ length: 6 }, () => deferred());
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const calls = release.map((d, i) =>
      gate.run(60_000, async () => {
        running += 1;
        most = Math.max(most, running);
        order.push(i);
        await d.promise;
        running -= 1;
        return i;
      }),
    );
    expect(gate.running).toBe(2);
    expect(gate.waiting).toBe(4);
    for (const d of release) d.resolve();
    expect(await Promise.all(calls)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("refuses with SERVER_BUSY at once when the queue is full, and never runs that work", async () => {
    const gate = new AggregateGate({ maxConcurrent: 1, maxQueued: 1, maxWaitMs: 60_000 });
    const hold = deferred();
    const first = gate.run(60_000, () => hold.promise);
    const second = gate.run(60_000, async () => "second");
    let ran = false;
    const third = gate.run(60_000, async () => {
      ran = true;
    });
    await expect(third).rejects.toBeInstanceOf(GraphQLError);
    await third.catch((e: GraphQLError) =>
      expect(e.extensions).toMatchObject({ code: "SERVER_BUSY", limit: "MAX_QUEUED_AGGREGATES", max: 1 }),
    );
    hold.resolve();
    await first;
    expect(await second).toBe("second");
    expect(ran).toBe(false);
  });

  it("gives up a wait longer than the request timeout with SERVER_BUSY, and the wait counts against it", async () => {
    const gate = new AggregateGate({ maxConcurrent: 1, maxQueued: 5, maxWaitMs: 60_000 });
    const hold = deferred();
    const first = gate.run(60_000, () => hold.promise);
    let ran = false;
    const waited = gate.run(20, async () => {
      ran = true;
    });
    await expect(waited).rejects.toMatchObject({ extensions: { code: "SERVER_BUSY", limit: "QUERY_TIMEOUT_MS" } });
    expect(gate.waiting).toBe(0);
    // the slot is still held by the first call only; the next caller gets the time it did not wait
    const given: number[] = [];
    const next = gate.run(60_000, async (remainingMs) => {
      given.push(remainingMs);
    });
    hold.resolve();
    await first;
    await next;
    expect(ran).toBe(false);
    expect(given[0]).toBeGreaterThan(0);
    expect(given[0]).toBeLessThanOrEqual(60_000);
  });
});
