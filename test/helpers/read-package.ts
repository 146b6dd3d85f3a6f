/** Test helper: read every CSV of a (small) data package folder into memory, keyed by file name. */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

export type PackageRows = Record<string, Record<string, string>[]>;

export function readPackage(dir: string): PackageRows {
  const out: PackageRows = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".csv"))) {
    out[f.replace(/\.csv$/, "")] = parse(readFileSync(join(dir, f)), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
  }
  return out;
}

/** The header line of each CSV of a package folder. */
export function readHeaders(dir: string): Record<string, string[]> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith(".csv"))
      .map((f) => [f.replace(/\.csv$/, ""), readFileSync(join(dir, f), "utf8").split("\n", 1)[0]!.split(",")]),
  );
}

/** sha256 of every file of a folder, by file name. */
export function hashFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [
        f,
        createHash("sha256")
          .update(readFileSync(join(dir, f)))
          .digest("hex"),
      ]),
  );
}
