/** Which alliances a gap analysis is about: the one asked for, or every Alliance of kind ALLIANCE. */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";

export async function allianceIds(driver: Driver, allianceId: string | null, database?: string): Promise<string[]> {
  const rows = await runQuery<{ id: string }>(driver, "gaps/list-alliance-ids", { allianceId }, { database });
  return rows.map((r) => r.id);
}
