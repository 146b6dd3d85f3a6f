/**
 * Streams a data package folder (docs/domain.md "The data package"): one CSV per node and relationship
 * type, UTF-8 without BOM, header = the model's field order, RFC 4180 quoting, `\n` line ends.
 *
 * Every file of the model is always written, with a header even when it got no rows: a package is
 * then self-describing and two packages of the same graph compare file by file.
 *
 * Memory stays flat: rows are encoded into a small per-file buffer that is handed to the file
 * stream at 64 KiB; `writeNode`/`writeRel` resolve only once the stream has drained, so a caller
 * that awaits each call never runs ahead of the disk.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { once } from "node:events";
import { join } from "node:path";
import type { NodeType } from "../../domain/model.js";
import { csvLine } from "./csv-line.js";
import { PACKAGE_TABLES, tableForFile, type PackageTable } from "./package-tables.js";
import { EncodeError, encodeValue } from "./value-encoder.js";

const FLUSH_AT = 64 * 1024;

interface OpenFile {
  table: PackageTable;
  stream: WriteStream;
  buffer: string;
  rows: number;
}

/** A row keyed by the model's field names (relationships: `from`, `to`, then properties). */
export type PackageRow = Record<string, unknown>;

export class PackageWriter {
  private readonly files = new Map<string, OpenFile>();
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly onProblem?: (message: string) => void,
  ) {}

  /**
   * Create (or reuse) the folder and open one file per table, each starting with its header.
   * With `onProblem`, a value that does not fit the model (found in a database, say) is reported
   * there and written as well as it can be, instead of throwing.
   */
  static async open(dir: string, options: { onProblem?: (message: string) => void } = {}): Promise<PackageWriter> {
    await mkdir(dir, { recursive: true });
    const writer = new PackageWriter(dir, options.onProblem);
    for (const table of PACKAGE_TABLES) {
      const stream = createWriteStream(join(dir, `${table.name}.csv`), { encoding: "utf8" });
      writer.files.set(table.name, { table, stream, buffer: csvLine(table.columns), rows: 0 });
    }
    return writer;
  }

  /** Append a node row of `type`. Throws on an unknown field, a missing required one or a bad value. */
  writeNode(type: NodeType, row: PackageRow): Promise<void> {
    return this.write(type, "node", row);
  }

  /** Append a relationship row (`from`, `to`, properties) of `relType`. */
  writeRel(relType: string, row: PackageRow): Promise<void> {
    return this.write(relType, "rel", row);
  }

  /** Rows written so far per table name. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.files].map(([name, f]) => [name, f.rows]));
  }

  /** Flush and close every file; resolves when all are on disk. Returns rows per table. */
  async close(): Promise<Record<string, number>> {
    if (this.closed) return this.counts();
    this.closed = true;
    await Promise.all(
      [...this.files.values()].map(async (f) => {
        const done = once(f.stream, "finish");
        f.stream.end(f.buffer);
        f.buffer = "";
        await done;
      }),
    );
    return this.counts();
  }

  private async write(name: string, kind: "node" | "rel", row: PackageRow): Promise<void> {
    if (this.closed) throw new Error("PackageWriter is closed");
    const file = this.files.get(name);
    if (!file || file.table.kind !== kind || tableForFile(name) !== file.table) {
      throw new EncodeError(`Unknown ${kind === "node" ? "node" : "relationship"} type ${name}`);
    }
    file.buffer += csvLine(encodeRow(file.table, row, this.onProblem));
    file.rows++;
    if (file.buffer.length >= FLUSH_AT) {
      const chunk = file.buffer;
      file.buffer = "";
      if (!file.stream.write(chunk)) await once(file.stream, "drain");
    }
  }
}

/**
 * Encode a row in the table's column order, checking field names and required values: throws
 * EncodeError, or — given `onProblem` — reports and writes the value as plain text.
 */
export function encodeRow(table: PackageTable, row: PackageRow, onProblem?: (message: string) => void): string[] {
  const problem = (message: string): void => {
    if (!onProblem) throw new EncodeError(message);
    onProblem(message);
  };
  for (const key of Object.keys(row)) {
    if (!table.columns.includes(key)) problem(`${table.name}: unknown field ${key}`);
  }
  const id = String(row.id ?? `${String(row.from)}->${String(row.to)}`);
  return table.fields.map((field) => {
    let text: string;
    try {
      text = encodeValue(field, row[field.name]);
    } catch (e) {
      if (!(e instanceof EncodeError)) throw e;
      problem(`${table.name} ${id}: ${e.message}`);
      text = String(row[field.name]);
    }
    if (field.required && text === "") problem(`${table.name} ${id}: ${field.name} is required`);
    return text;
  });
}

/** Convenience: `const w = await openPackageWriter(out)`. */
export function openPackageWriter(dir: string): Promise<PackageWriter> {
  return PackageWriter.open(dir);
}
