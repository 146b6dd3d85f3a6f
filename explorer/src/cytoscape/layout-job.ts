/**
 * A layout as an object with run/stop and events, as Cytoscape's own layouts are: whoever starts a
 * layout (a fresh canvas, the re-layout button) gets a job it can observe (progress, done) and
 * cancel (stop), instead of a promise and generation counters. The work itself is a function of
 * the job: it reports progress with `report` and registers what stopping must undo with `onStop`
 * (terminate the worker, stop a running Cytoscape layout).
 */

export interface JobProgress {
  /** Steps done and in all; the share done is done / total. */
  done: number;
  total: number;
  /** What the layout is doing (e.g. "members", "placement"). */
  phase: string;
}

export type JobState = "idle" | "running" | "done" | "cancelled" | "failed";

type Listener = () => void;

/** Thrown (and caught by the job) when work notices that the job was stopped. */
export class LayoutCancelled extends Error {
  constructor() {
    super("layout cancelled");
    this.name = "LayoutCancelled";
  }
}

export class LayoutJob {
  state: JobState = "idle";
  progress: JobProgress | null = null;
  error: unknown = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly stoppers: (() => void)[] = [];
  private finished: Promise<JobState> | null = null;

  /** `nodes` is what the status line shows ("laying out 900 nodes"). */
  constructor(
    readonly nodes: number,
    private readonly work: (job: LayoutJob) => Promise<void>,
  ) {}

  /** Listen to "progress", "done", "cancelled", "failed" or "change" (any of them); returns an unsubscribe. */
  on(event: "progress" | "done" | "cancelled" | "failed" | "change", fn: Listener): () => void {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    set.add(fn);
    this.listeners.set(event, set);
    return () => set.delete(fn);
  }

  private emit(event: "progress" | "done" | "cancelled" | "failed"): void {
    for (const fn of this.listeners.get(event) ?? []) fn();
    for (const fn of this.listeners.get("change") ?? []) fn();
  }

  /** Start the work once; resolves with the final state. */
  run(): Promise<JobState> {
    if (this.finished) return this.finished;
    this.state = "running";
    this.finished = this.work(this).then(
      () => {
        if (this.state === "running") {
          this.state = "done";
          this.emit("done");
        }
        return this.state;
      },
      (e: unknown) => {
        if (this.state === "running") {
          this.state = e instanceof LayoutCancelled ? "cancelled" : "failed";
          this.error = e;
          this.emit(this.state === "cancelled" ? "cancelled" : "failed");
        }
        return this.state;
      },
    );
    return this.finished;
  }

  /** Cancel: undo what the work registered and tell listeners. A finished job ignores it. */
  stop(): void {
    if (this.state !== "running" && this.state !== "idle") return;
    this.state = "cancelled";
    for (const undo of this.stoppers.splice(0)) undo();
    this.emit("cancelled");
  }

  get stopped(): boolean {
    return this.state === "cancelled";
  }

  /** Throw LayoutCancelled when the job was stopped (for work between its steps). */
  throwIfStopped(): void {
    if (this.stopped) throw new LayoutCancelled();
  }

  /** For the work: what stopping must do (run at once when already stopped). */
  onStop(undo: () => void): void {
    if (this.stopped) undo();
    else this.stoppers.push(undo);
  }

  /** For the work: report progress. */
  report(progress: JobProgress): void {
    if (this.state !== "running") return;
    this.progress = progress;
    this.emit("progress");
  }
}
