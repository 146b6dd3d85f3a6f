/**
 * With --skip-bad-rows, rejected rows are copied to `<source>.rejects/<file>.csv` — the original
 * header and cells plus an `error` column — and a `summary.json` lists what was read, written and
 * rejected. Files are opened on first use, so only files with rejects appear.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { once } from "node:events";
import { join } from "node:path";
import { csvLine } from "../format/csv-line.js";

/** The reject folder beside a source: `pkg/` → `pkg.rejects/`, `pkg.zip` → `pkg.zip.rejects/`. */
export function defaultRejectDir(source: string): string {
  return `${source.replace(/[\\/]+$/, "")}.rejects`;
}

export class RejectWriter {
  private readonly files = new Map<string, WriteStream>();
  private ready: Promise<unknown> | undefined;

  constructor(readonly dir: string) {}

  /** Append a rejected row of `table` (header repeated from the source on first use). */
  async add(table: string, header: string[], cells: string[], error: string): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true });
    await this.ready;
    let out = this.files.get(table);
    if (!out) {
      out = createWriteStream(join(this.dir, `${table}.csv`), { encoding: "utf8" });
      this.files.set(table, out);
      out.write(csvLine([...header, "error"]));
    }
    const padded =
      header.length > cells.length ? [...cells, ...Array<string>(header.length - cells.length).fill("")] : cells;
    if (!out.write(csvLine([...padded, error]))) await once(out, "drain");
  }

  /** Close the files and write summary.json; returns the files written. */
  async close(summary: unknown): Promise<string[]> {
    await mkdir(this.dir, { recursive: true });
    await Promise.all(
      [...this.files.values()].map(async (s) => {
        const done = once(s, "finish");
        s.end();
        await done;
      }),
    );
    await writeFile(join(this.dir, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
    return [...this.files.keys()].map((t) => `${t}.csv`);
  }
}
