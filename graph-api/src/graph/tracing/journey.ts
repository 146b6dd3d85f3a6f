/**
 * Result journey (docs/domain.md "Result journey"): who developed a result, where it was presented and
 * piloted, and every deal that transfers it with brokers, agencies, buyer, buyer district and
 * chains — events and deals in date order, plus one merged timeline.
 */
import type { RequestContext } from "../../db/request-context.js";
import { runQuery } from "../../db/run-query.js";
import { cypherInt } from "../common/period.js";
import type { NodeRef } from "../common/types.js";

export interface JourneyBroker {
  id: string;
  /** The broker as a node reference (the SDL's pointer; the role belongs to the deal). */
  broker: NodeRef;
  name: string;
  titleLevel: string;
  role: string;
}

export interface JourneyDeal {
  id: string;
  name: string;
  kind: string;
  signedOn: string;
  amount: number | null;
  registered: boolean | null;
  sellers: NodeRef[];
  brokers: JourneyBroker[];
  agencies: NodeRef[];
  buyer: NodeRef | null;
  buyerDistrict: NodeRef | null;
  buyerInChengdu: boolean;
  buyerChains: NodeRef[];
  originatedAt: NodeRef[];
}

export interface JourneyEvent {
  id: string;
  name: string;
  kind: string;
  series: string | null;
  date: string;
  district: NodeRef | null;
}

export interface JourneyStep {
  kind: "DEVELOPED" | "PILOTED" | "PRESENTED" | "DEAL";
  refId: string;
  label: string;
  date: string | null;
}

export interface ResultJourney {
  result: NodeRef;
  kind: string;
  year: number;
  trl: number | null;
  status: string;
  chains: NodeRef[];
  developers: { developer: NodeRef; institution: NodeRef | null; district: NodeRef | null }[];
  events: JourneyEvent[];
  platforms: { id: string; name: string; kind: string; operators: NodeRef[] }[];
  deals: JourneyDeal[];
  timeline: JourneyStep[];
}

interface Row {
  result: { id: string; name: string; kind: string; year: number; trl: number | null; status: string };
  chains: NodeRef[];
  developers: ResultJourney["developers"];
  events: JourneyEvent[];
  platforms: ResultJourney["platforms"];
  deals: JourneyDeal[];
}

const byDateThenId =
  <T extends { id: string }>(date: (x: T) => string) =>
  (a: T, b: T) =>
    date(a).localeCompare(date(b)) || a.id.localeCompare(b.id);

/** Undated steps first (development, then piloting), then events and deals by date (ties: events first, then id). */
function timeline(row: Row, events: JourneyEvent[], deals: JourneyDeal[]): JourneyStep[] {
  const dated: JourneyStep[] = [
    ...events.map((e) => ({ kind: "PRESENTED" as const, refId: e.id, label: e.name, date: e.date })),
    ...deals.map((d) => ({ kind: "DEAL" as const, refId: d.id, label: d.name, date: d.signedOn })),
  ].sort(
    (a, b) =>
      (a.date ?? "").localeCompare(b.date ?? "") ||
      (a.kind === b.kind ? a.refId.localeCompare(b.refId) : a.kind === "PRESENTED" ? -1 : 1),
  );
  return [
    ...row.developers.map((d) => ({
      kind: "DEVELOPED" as const,
      refId: d.developer.id,
      label: d.developer.name,
      date: null,
    })),
    ...row.platforms.map((p) => ({ kind: "PILOTED" as const, refId: p.id, label: p.name, date: null })),
    ...dated,
  ];
}

/**
 * The journey of one result, or null when no Result has the id. Events, platforms and deals are
 * bounded by `limit` (the earliest first; the API passes MAX_PAGE_SIZE).
 */
export async function getResultJourney(rq: RequestContext, id: string, limit: number): Promise<ResultJourney | null> {
  const params = { id, limit: cypherInt(limit) };
  const [row] = await runQuery<Row & Record<string, unknown>>(rq, "tracing/get-result-journey", params);
  if (!row) return null;
  const events = [...row.events].sort(byDateThenId((e) => e.date));
  const deals = [...row.deals].sort(byDateThenId((d) => d.signedOn));
  const { result } = row;
  return {
    result: { id: result.id, name: result.name, type: "Result" },
    kind: result.kind,
    year: result.year,
    trl: result.trl,
    status: result.status,
    chains: row.chains,
    developers: row.developers,
    events,
    platforms: row.platforms,
    deals,
    timeline: timeline(row, events, deals),
  };
}
