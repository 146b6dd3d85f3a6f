/** Rows-per-second progress of the two import passes, reported at most every 250 ms. */

export interface ImportProgress {
  phase: "validate" | "write";
  /** Table being read (`Broker`, `BROKERED`). */
  table: string;
  /** Rows of this phase so far (all tables). */
  rows: number;
  /** Rows the phase will handle, when known (the write pass knows it from validation). */
  totalRows?: number;
  rowsPerSecond: number;
  done?: boolean;
}

export class ProgressTracker {
  private phase: ImportProgress["phase"] = "validate";
  private rows = 0;
  private startedAt = performance.now();
  private lastReport = 0;
  private totalRows: number | undefined;
  private table = "";

  constructor(private readonly onProgress?: (p: ImportProgress) => void) {}

  start(phase: ImportProgress["phase"], totalRows?: number): void {
    this.phase = phase;
    this.rows = 0;
    this.totalRows = totalRows;
    this.startedAt = performance.now();
    this.lastReport = 0;
  }

  tick(table: string): void {
    this.rows++;
    this.table = table;
    if (!this.onProgress) return;
    const now = performance.now();
    if (now - this.lastReport >= 250) {
      this.lastReport = now;
      this.emit(false);
    }
  }

  /** Final report of the phase; returns its duration in seconds. */
  end(): number {
    this.emit(true);
    return (performance.now() - this.startedAt) / 1000;
  }

  private emit(done: boolean): void {
    const seconds = Math.max((performance.now() - this.startedAt) / 1000, 1e-3);
    this.onProgress?.({
      phase: this.phase,
      table: this.table,
      rows: this.rows,
      totalRows: this.totalRows,
      rowsPerSecond: Math.round(this.rows / seconds),
      done,
    });
  }
}
