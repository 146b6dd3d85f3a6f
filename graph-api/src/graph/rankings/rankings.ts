/**
 * The 十佳 rankings of a year: brokers, agencies and cases, each scored by scoring.ts from raw
 * components aggregated in Cypher, with details fetched for the ranked few only.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import type { Period } from "../common/period.js";
import type { NodeRef } from "../common/types.js";
import {
  agencyScorer,
  brokerScorer,
  caseScorer,
  rank,
  type AgencyRaw,
  type BrokerRaw,
  type CaseRaw,
  type RankingComponent,
} from "./scoring.js";

interface Ranked {
  rank: number;
  id: string;
  name: string;
  score: number;
  breakdown: RankingComponent[];
}

export interface RankedBroker extends Ranked {
  /** The broker as a node reference (the SDL's pointer; `id` stays for the white paper). */
  broker: NodeRef;
  titleLevel: string;
  employers: NodeRef[];
}

export interface RankedAgency extends Ranked {
  /** The agency as a node reference. */
  agency: NodeRef;
  level: string;
  kind: string;
}

export interface RankedCase extends Ranked {
  /** The deal as a node reference. */
  deal: NodeRef;
  kind: string;
  signedOn: string;
  amount: number | null;
  sellers: NodeRef[];
  buyer: NodeRef | null;
}

const yearParams = (p: Period) => ({ from: p.from, to: p.to });

/** Top brokers of the period (a calendar year) by the broker score. */
export async function topBrokers(rq: RequestContext, period: Period, limit: number): Promise<RankedBroker[]> {
  type Deals = Omit<BrokerRaw, "trainingHours">;
  const [deals, training] = await Promise.all([
    runQuery<Deals & Record<string, unknown>>(rq, "rankings/score-brokers", yearParams(period)),
    runQuery<{ id: string; hours: number }>(rq, "rankings/sum-training-hours", yearParams(period)),
  ]);
  const hours = new Map(training.map((t) => [t.id, t.hours]));
  const raw: BrokerRaw[] = deals.map((d) => ({ ...d, trainingHours: hours.get(d.id) ?? 0 }));
  const ranked = rank(raw, brokerScorer(raw), (r) => r.credited, limit);
  if (ranked.length === 0) return [];
  type Details = { id: string; name: string; titleLevel: string; employers: NodeRef[] };
  const details = await runQuery<Details & Record<string, unknown>>(rq, "rankings/get-broker-details", {
    ids: ranked.map((r) => r.row.id),
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  return ranked.map(({ row, rank: position, score, breakdown }) => {
    const d = byId.get(row.id);
    const name = d?.name ?? row.id;
    return {
      rank: position,
      id: row.id,
      broker: { id: row.id, name, type: "Broker" },
      name,
      titleLevel: d?.titleLevel ?? "NONE",
      employers: d?.employers ?? [],
      score,
      breakdown,
    };
  });
}

/** Top agencies of the period by the agency score. */
export async function topAgencies(rq: RequestContext, period: Period, limit: number): Promise<RankedAgency[]> {
  type Row = AgencyRaw & { name: string; level: string; kind: string };
  const raw = await runQuery<Row & Record<string, unknown>>(rq, "rankings/score-agencies", yearParams(period));
  return rank(raw, agencyScorer(raw), (r) => r.deals, limit).map(({ row, rank: position, score, breakdown }) => ({
    rank: position,
    id: row.id,
    agency: { id: row.id, name: row.name, type: "Agency" },
    name: row.name,
    level: row.level,
    kind: row.kind,
    score,
    breakdown,
  }));
}

/** Top cases (deals) of the period by the case score. */
export async function topCases(rq: RequestContext, period: Period, limit: number): Promise<RankedCase[]> {
  const raw = await runQuery<CaseRaw & Record<string, unknown>>(rq, "rankings/score-cases", yearParams(period));
  const ranked = rank(raw, caseScorer(raw), (r) => r.amount ?? 0, limit);
  if (ranked.length === 0) return [];
  type Details = {
    id: string;
    name: string;
    kind: string;
    signedOn: string;
    amount: number | null;
    sellers: NodeRef[];
    buyer: NodeRef | null;
  };
  const details = await runQuery<Details & Record<string, unknown>>(rq, "rankings/get-case-details", {
    ids: ranked.map((r) => r.row.id),
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  return ranked.flatMap(({ row, rank: position, score, breakdown }) => {
    const d = byId.get(row.id);
    return d
      ? [
          {
            rank: position,
            id: row.id,
            deal: { id: row.id, name: d.name, type: "Deal" },
            name: d.name,
            kind: d.kind,
            signedOn: d.signedOn,
            amount: d.amount,
            sellers: d.sellers,
            buyer: d.buyer,
            score,
            breakdown,
          },
        ]
      : [];
  });
}
