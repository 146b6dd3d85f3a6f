/**
 * A data package zipped: the central directory is read once (names only), then each CSV entry is
 * inflated as a stream when visited. Entries may sit in a sub-folder (a zipped package folder);
 * macOS resource forks and hidden files are ignored.
 */
import { posix } from "node:path";
import type { Readable } from "node:stream";
import yauzl from "yauzl";
import { csvRecords } from "./csv-records.js";
import type { PackageSource, SourceTable } from "./package-source.js";

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on("entry", (e: yauzl.Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", reject);
    zip.readEntry();
  });
}

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
}

export async function openZipSource(path: string): Promise<PackageSource> {
  const zip = await openZip(path);
  const byName = new Map<string, yauzl.Entry>();
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
