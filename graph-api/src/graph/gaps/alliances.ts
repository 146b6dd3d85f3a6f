/** Which alliances a gap analysis is about: the one asked for, or every Alliance of kind ALLIANCE. */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";

export async function allianceIds(rq: RequestContext, allianceId: string | null): Promise<string[]> {
  const rows = await runQuery<{ id: string }>(rq, "gaps/list-alliance-ids", { allianceId });
  return rows.map((r) => r.id);
}
