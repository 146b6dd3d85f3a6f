/**
 * A data package zipped: the central directory is read once (names only), then each CSV entry is
 * inflated as a stream when visited. Entries may sit in a sub-folder (a zipped package folder);
 * macOS resource forks and hidden files are ignored.
 */
import { posix } from "node:path";
import { csvRecords } from "./csv-records.js";
import type { PackageSource, SourceTable } from "./package-source.js";
import { entryStream, listEntries, openZip, type ZipEntry } from "./zip-entries.js";

export async function openZipSource(path: string): Promise<PackageSource> {
  const zip = await openZip(path);
  const byName = new Map<string, ZipEntry>();
  for (const entry of await listEntries(zip)) {
    const base = posix.basename(entry.fileName);
    const hidden = entry.fileName.startsWith("__MACOSX/") || base.startsWith(".");
    if (!hidden && /\.csv$/i.test(base) && !byName.has(base)) byName.set(base, entry);
  }
  const tables: SourceTable[] = [...byName.keys()].sort().map((name) => ({ name, label: name }));
  return {
    kind: "zip",
    path,
    tables,
    async read(names, visit) {
      for (const name of names) {
        const entry = byName.get(name);
        if (entry) await visit({ name, label: name }, csvRecords(await entryStream(zip, entry)));
      }
    },
    async close() {
      zip.close();
    },
  };
}
