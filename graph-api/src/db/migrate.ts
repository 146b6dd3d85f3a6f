/**
 * Schema migrations: cypher/migrations/NNN-name.cypher, applied once each in order and recorded
 * as (:SchemaMigration {version, name, checksum, appliedAt}). A second run is a no-op; a changed
 * file that was already applied is an error (write a new migration instead).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { CYPHER_ROOT, splitStatements } from "./cypher.js";
import { runCypher, runQuery } from "./run-query.js";

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

export function listMigrations(dir = `${CYPHER_ROOT}migrations`): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.cypher$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}/${file}`, "utf8");
      return {
        version: Number(file.slice(0, 3)),
        name: file.replace(/\.cypher$/, ""),
        checksum: createHash("sha256").update(text).digest("hex"),
        statements: splitStatements(text),
      };
    });
}

async function appliedMigrations(driver: Driver, database?: string): Promise<Map<number, string>> {
  const rows = await runQuery<{ version: number; checksum: string }>(
    driver,
    "migrations/list-applied",
    {},
    { database },
  );
  return new Map(rows.map((r) => [r.version, r.checksum]));
}

/** Apply pending migrations; returns the names applied (empty when up to date). */
export async function migrate(driver: Driver, database?: string): Promise<string[]> {
  const applied = await appliedMigrations(driver, database);
  const done: string[] = [];
  for (const m of listMigrations()) {
    const previous = applied.get(m.version);
    if (previous !== undefined) {
      if (previous !== m.checksum) {
        throw new Error(`Migration ${m.name} was changed after it was applied; add a new migration instead`);
      }
      continue;
    }
    // Schema commands cannot share a transaction with writes: each runs in its own.
    for (const [i, statement] of m.statements.entries()) {
      await runCypher(driver, `${m.name}#${i + 1}`, statement, {}, { database, mode: "WRITE" });
    }
    await runQuery(
      driver,
      "migrations/record-migration",
      { version: m.version, name: m.name, checksum: m.checksum },
      { database, mode: "WRITE" },
    );
    done.push(m.name);
  }
  await runQuery(driver, "migrations/await-indexes", {}, { database });
  return done;
}

/** True when every migration file has been applied (readiness). */
export async function migrationsPending(driver: Driver, database?: string): Promise<string[]> {
  const applied = await appliedMigrations(driver, database);
  return listMigrations()
    .filter((m) => !applied.has(m.version))
    .map((m) => m.name);
}
