/**
 * Health endpoints: `/healthz` answers while the process is up; `/readyz` answers 200 only when
 * Neo4j is reachable, its version and APOC suit @neo4j/graphql (checkNeo4jCompat) and no schema
 * migration is pending — otherwise 503 with the failing checks.
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import { Router } from "express";
import type { Driver } from "neo4j-driver";
import { migrationsPending } from "../db/migrate.js";

export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; detail?: string }>;
}

/** Version + APOC check of @neo4j/graphql, on a minimal instance (no schema is built). */
export async function checkNeo4jCompat(driver: Driver, database: string): Promise<void> {
  const probe = new Neo4jGraphQL({ typeDefs: "type CompatProbe @node { id: ID! }", driver });
  await probe.checkNeo4jCompat({ sessionConfig: { database } });
}

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);

async function check(fn: () => Promise<string | undefined>, ms: number): Promise<{ ok: boolean; detail?: string }> {
  try {
    const detail = await withTimeout(fn(), ms);
    return detail === undefined ? { ok: true } : { ok: true, detail };
  } catch (e) {
    return { ok: false, detail: (e as Error).message.split("\n").slice(0, 3).join(" ") };
  }
}

export async function readiness(driver: Driver, database: string, timeoutMs = 5000): Promise<ReadinessReport> {
  const neo4j = await check(async () => {
    const info = await driver.getServerInfo({ database });
    return info.protocolVersion !== undefined ? `${info.agent ?? "neo4j"}` : undefined;
  }, timeoutMs);
  if (!neo4j.ok) return { ready: false, checks: { neo4j } };
  const [compat, migrations] = await Promise.all([
    check(async () => void (await checkNeo4jCompat(driver, database)), timeoutMs),
    check(async () => {
      const pending = await migrationsPending(driver, database);
      if (pending.length) throw new Error(`pending migrations: ${pending.join(", ")}`);
      return undefined;
    }, timeoutMs),
  ]);
  return { ready: compat.ok && migrations.ok, checks: { neo4j, compat, migrations } };
}

export function healthRouter(driver: Driver, database: string): Router {
  const router = Router();
  router.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const report = await readiness(driver, database);
    res.status(report.ready ? 200 : 503).json({ status: report.ready ? "ready" : "not ready", checks: report.checks });
  });
  return router;
}
