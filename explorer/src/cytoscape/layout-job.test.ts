import { describe, expect, it } from "vitest";
import { LayoutJob } from "./layout-job";

describe("layout job", () => {
  it("reports progress and ends done", async () => {
    const seen: number[] = [];
    const job = new LayoutJob(10, async (j) => {
      j.report({ done: 1, total: 2, phase: "a" });
      j.report({ done: 2, total: 2, phase: "b" });
    });
    job.on("progress", () => seen.push(job.progress!.done));
    expect(await job.run()).toBe("done");
    expect(seen).toEqual([1, 2]);
  });

  it("stop runs what the work registered, tells listeners and ends cancelled", async () => {
    let undone = 0;
    let release: () => void = () => {};
    const job = new LayoutJob(10, async (j) => {
      j.onStop(() => undone++);
      await new Promise<void>((r) => (release = r));
      j.throwIfStopped();
    });
    const events: string[] = [];
    job.on("cancelled", () => events.push("cancelled"));
    job.on("done", () => events.push("done"));
    const finished = job.run();
    job.stop();
    release();
    expect(await finished).toBe("cancelled");
    expect(undone).toBe(1);
    expect(events).toEqual(["cancelled"]);
    job.stop(); // a second stop changes nothing
    expect(undone).toBe(1);
  });

  it("a failing layout ends failed with its error", async () => {
    const job = new LayoutJob(1, async () => {
      throw new Error("boom");
    });
    expect(await job.run()).toBe("failed");
    expect(String(job.error)).toContain("boom");
  });
});
