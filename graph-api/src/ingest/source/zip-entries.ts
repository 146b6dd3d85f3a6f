/**
 * yauzl's callbacks as promises, for the two readers of zip files (a zipped package, an .xlsx
 * workbook): open a file without reading it, list its central directory, inflate one entry as a
 * stream. The file stays open until the caller closes it (entries are read on demand).
 */
import type { Readable } from "node:stream";
import yauzl from "yauzl";

export type ZipFile = yauzl.ZipFile;
export type ZipEntry = yauzl.Entry;

export function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );
}

/** Every entry of the central directory, in file order. */
export function listEntries(zip: ZipFile): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: ZipEntry[] = [];
    zip.on("entry", (e: ZipEntry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", reject);
    zip.readEntry();
  });
}

/** The entry's content, inflated as it is read. */
export function entryStream(zip: ZipFile, entry: ZipEntry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
}
