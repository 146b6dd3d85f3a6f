/** Which alliances a gap analysis is about: the one asked for, or every Alliance of kind ALLIANCE. */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";

export async function allianceIds(rq: RequestContext, allianceId: string | null): Promise<string[]> {
  const rows = await runQuery<{ id: string }>(rq, "gaps/list-alliance-ids", { allianceId });
  return rows.map((r) => r.id);
}

/** True when an Alliance has this id. */
export async function allianceExists(rq: RequestContext, allianceId: string): Promise<boolean> {
  const rows = await runQuery<{ id: string }>(rq, "gaps/get-alliance", { allianceId });
  return rows.length > 0;
}
