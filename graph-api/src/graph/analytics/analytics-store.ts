/**
 * Where analytics results live in Neo4j (migration 004): per graph version and period a `slot`
 * ('<version>|<from>..<to>', '*' for an open end) with one (:NetworkPeriod) holding the period's
 * figures and rankings, and one (:NetworkMetric) per actor. Written in batches by the runner;
 * the period node is written last, so its presence means the slot is complete.
 */
import type { Driver } from "neo4j-driver";
import { runQuery } from "../../db/run-query.js";
import type { Period } from "../network/network-service.js";
import type { PeriodNetwork } from "./period-network.js";

export const periodKey = (p: Period): string => `${p.from ?? "*"}..${p.to ?? "*"}`;
export const slotOf = (graphVersion: number, period: string): string => `${graphVersion}|${period}`;

const WRITE_BATCH = 2000;
const DELETE_BATCH = 10_000;
const WRITE_TIMEOUT_MS = 300_000;

export interface SlotInfo {
  slot: string;
  graphVersion: number | null;
  period: string | null;
  complete: boolean;
}

export async function listSlots(driver: Driver, database?: string): Promise<SlotInfo[]> {
  return runQuery<SlotInfo & Record<string, unknown>>(driver, "analytics/list-slots", {}, { database });
}

export async function deleteSlot(driver: Driver, slot: string, database?: string): Promise<void> {
  for (;;) {
    const [r] = await runQuery<{ deleted: number }>(
      driver,
      "analytics/delete-slot-batch",
      { slot, batch: DELETE_BATCH },
      { database, mode: "WRITE", timeoutMs: WRITE_TIMEOUT_MS },
    );
    if ((r?.deleted ?? 0) < DELETE_BATCH) return;
  }
}

export async function writePeriod(
  driver: Driver,
  w: { slot: string; graphVersion: number; period: Period; network: PeriodNetwork; computeMs: number },
  database?: string,
): Promise<void> {
  const opts = { database, mode: "WRITE" as const, timeoutMs: WRITE_TIMEOUT_MS };
  const key = periodKey(w.period);
  const { rows, figures } = w.network;
  for (let k = 0; k < rows.length; k += WRITE_BATCH) {
    await runQuery(
      driver,
      "analytics/write-metrics",
      { slot: w.slot, graphVersion: w.graphVersion, period: key, rows: rows.slice(k, k + WRITE_BATCH) },
      opts,
    );
  }
  const { rankings, intermediaries, communitySizes, communityTop, phasesMs: _p, ...scalars } = figures;
  await runQuery(
    driver,
    "analytics/write-period",
    {
      slot: w.slot,
      graphVersion: w.graphVersion,
      period: key,
      from: w.period.from,
      to: w.period.to,
      figures: scalars,
      rankings,
      intermediaries,
      communitySizes,
      communityTop,
      computeMs: w.computeMs,
    },
    opts,
  );
}
