/**
 * Records what a user would feel: requestAnimationFrame deltas (frame times) and the longest
 * main-thread block, taken as the larger of the longest Long Task (Chromium's PerformanceObserver
 * "longtask", ≥ 50 ms tasks) and the longest gap between animation frames.
 */
export interface FrameProbe {
  start(): void;
  stop(): { deltas: number[]; longestBlock: number };
}

export function createFrameProbe(): FrameProbe {
  let deltas: number[] = [];
  let longTask = 0;
  let running = false;
  let last = 0;
  let handle = 0;
  let observer: PerformanceObserver | null = null;

  const tick = (t: number): void => {
    if (!running) return;
    if (last > 0) deltas.push(t - last);
    last = t;
    handle = requestAnimationFrame(tick);
  };

  return {
    start() {
      deltas = [];
      longTask = 0;
      last = 0;
      running = true;
      handle = requestAnimationFrame(tick);
      try {
        observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longTask = Math.max(longTask, e.duration);
        });
        observer.observe({ type: "longtask" });
      } catch {
        observer = null; // browsers without Long Tasks: rAF gaps still count
      }
    },
    stop() {
      running = false;
      cancelAnimationFrame(handle);
      if (observer) {
        for (const e of observer.takeRecords()) longTask = Math.max(longTask, e.duration);
        observer.disconnect();
      }
      const longestBlock = Math.max(longTask, ...deltas, 0);
      return { deltas: [...deltas], longestBlock };
    },
  };
}
