/** Helpers for importer tests: copies of fixture packages, and the same package as .zip or .xlsx. */
import { createWriteStream } from "node:fs";
import { appendFile, cp, mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ZipArchive } from "archiver";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { Driver } from "neo4j-driver";

export const SMALL_PACKAGE = fileURLToPath(new URL("../fixtures/packages/small/", import.meta.url));

/** A fresh temporary folder. */
export function tempDir(prefix = "ttgraph-ingest-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A writable copy of a fixture package; returns its path. */
export async function copyPackage(from = SMALL_PACKAGE): Promise<string> {
  const dir = join(await tempDir(), "pkg");
  await cp(from, dir, { recursive: true });
  return dir;
}

/** Append one CSV line to a file of a package. */
export function appendRow(dir: string, file: string, line: string): Promise<void> {
  return appendFile(join(dir, file), `${line}\n`);
}

/** Zip a package folder (inside a sub-folder, as zipping a folder usually does). */
export async function zipPackage(dir: string, out: string): Promise<string> {
  const archive = new ZipArchive();
  const done = new Promise<void>((resolve, reject) => {
    const stream = createWriteStream(out);
    stream.on("close", () => resolve());
    archive.on("error", reject);
    archive.pipe(stream);
  });
  archive.directory(dir, "package");
  await archive.finalize();
  await done;
  return out;
}

/** The package as a workbook the way a person would type it: numbers, dates and booleans typed. */
export async function xlsxPackage(dir: string, out: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith(".csv")).sort()) {
    const rows = parse(await readFile(join(dir, file)), { bom: true, relax_column_count: true }) as string[][];
    const sheet = wb.addWorksheet(file.replace(/\.csv$/, ""));
    rows.forEach((cells, i) => {
      const row = sheet.addRow(i === 0 ? cells : cells.map(typedCell));
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = "yyyy-mm-dd";
      });
    });
  }
  await wb.xlsx.writeFile(out);
  return out;
}

function typedCell(s: string): string | number | boolean | Date | null {
  if (s === "") return null;
  if (/^-?\d+(\.\d+)?$/.test(s) && !/^0\d/.test(s)) return Number(s);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return new Date(`${s}T00:00:00Z`);
  if (s === "true" || s === "false") return s === "true";
  return s;
}

/** Every file of a folder → its bytes, for byte-for-byte comparison. */
export async function readFolder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir)).sort()) out[f] = (await readFile(join(dir, f))).toString("base64");
  return out;
}

/** Every domain node and relationship with labels and properties, sorted: to compare graphs. */
export async function dumpGraph(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery(
    "MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY id",
  );
  const rels = await driver.executeQuery(
    "MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b",
  );
  const show = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? Number(x) : x));
  return [
    ...nodes.records.map(
      (r) => `${r.get("id")} ${show([...(r.get("labels") as string[])].sort())} ${show(sortKeys(r.get("p")))}`,
    ),
    ...rels.records.map((r) => `${r.get("a")}-${r.get("t")}->${r.get("b")} ${show(sortKeys(r.get("p")))}`),
  ];
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(o)
      .sort()
      .map((k) => [k, String(o[k])]),
  );
}
