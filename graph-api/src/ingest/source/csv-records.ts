/**
 * Streams CSV records from a byte stream with the physical line number each record STARTS on
 * (a quoted cell may span lines; counted from the cells, since csv-parse miscounts CRLF in quotes). Handles a UTF-8 BOM,
 * `\n` or `\r\n`, skips blank lines, and lets rows have more or fewer cells than the header so
 * that validation can report them by line instead of aborting the file.
 */
import type { Readable } from "node:stream";
import { parse } from "csv-parse";

/** One record: its cells and the line it starts on (1 = first line of the file). */
export interface SourceRecord {
  line: number;
  cells: string[];
}

/** Raised for malformed CSV (e.g. an unclosed quote); carries the line where parsing stopped. */
export class CsvSyntaxError extends Error {
  override readonly name = "CsvSyntaxError";
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const LINE_BREAK = /\r\n|\r|\n/g;

interface ParsedRecord {
  record: string[];
  info: { empty_lines: number };
}

export async function* csvRecords(input: Readable): AsyncGenerator<SourceRecord> {
  const parser = input.pipe(
    parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: false }),
  );
  input.on("error", (e) => parser.destroy(e));
  let lastEnd = 0;
  let lastEmpty = 0;
  try {
    for await (const chunk of parser as AsyncIterable<ParsedRecord>) {
      const line = lastEnd + 1 + (chunk.info.empty_lines - lastEmpty);
      // Where the record ends: csv-parse's own `info.lines` counts a CRLF inside quotes as two.
      lastEnd = line + chunk.record.reduce((n, cell) => n + (cell.match(LINE_BREAK)?.length ?? 0), 0);
      lastEmpty = chunk.info.empty_lines;
      if (chunk.record.some((cell) => cell.includes("\uFFFD"))) {
        // Invalid UTF-8 decodes to U+FFFD: most likely a GBK file saved by Excel as plain "CSV".
        throw new CsvSyntaxError('not UTF-8 text (in Excel, save as "CSV UTF-8")', line);
      }
      yield { line, cells: chunk.record };
    }
  } catch (e) {
    const err = e as { code?: string; lines?: number; message?: string };
    if (typeof err.code === "string" && err.code.startsWith("CSV_")) {
      throw new CsvSyntaxError(err.message ?? "malformed CSV", err.lines ?? lastEnd + 1);
    }
    throw e;
  } finally {
    input.destroy();
  }
}
