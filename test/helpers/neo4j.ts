/** Helpers for tests that talk to the real test Neo4j. */
import type { Driver } from "neo4j-driver";
import type { Role } from "../../graph-api/src/auth/roles.js";
import { createDriver } from "../../graph-api/src/db/driver.js";
import { requestContextOf, type RequestContext } from "../../graph-api/src/db/request-context.js";
import { testConfig } from "./test-config.js";

export function testDriver(): Driver {
  return createDriver(testConfig());
}

/** The request context a domain operation takes, as the API would build it for a caller with `roles`. */
export function testRequest(driver: Driver, roles: readonly Role[] = []): RequestContext {
  return requestContextOf(driver, testConfig(), roles);
}

/** Delete every domain node (keeps migration records), in batches. */
export async function resetDatabase(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session();
  try {
    await session.run(
      "MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
    );
  } finally {
    await session.close();
  }
}

/** Domain nodes (:Entity) and the relationships between them. */
export async function countGraph(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const n = await driver.executeQuery("MATCH (n:Entity) RETURN count(n) AS c");
  const r = await driver.executeQuery("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS c");
  return { nodes: Number(n.records[0]?.get("c")), relationships: Number(r.records[0]?.get("c")) };
}
