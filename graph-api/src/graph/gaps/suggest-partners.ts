/**
 * Ranked partner suggestions for an organisation, from bounded candidate sets: the organisations
 * active in its own chains (the first page of each chain's 'partners|<chain>|<page>' list the
 * analytics run stores — the 2,000 with most potential, see partner-lists.ts — with each one's
 * chains, supply, demand, district and alliances) and those two steps away in the all-dates
 * collaboration network (the stored ties: each organisation's 256 heaviest). Organisations it
 * already shares deals with are left out (they are partners already). Each candidate is scored by
 * partner-score.ts; only the best few are explained (names, reasons).
 */
import { runQuery } from "../../db/run-query.js";
import { chunkOfId, METRIC_FIELDS } from "../analytics/actor-chunks.js";
import { AnalyticsNotReadyError } from "../analytics/analytics-not-ready.js";
import type { AnalyticsRequest } from "../shared/analytics-request.js";
import { periodKey, STORE_FORMAT } from "../analytics/analytics-store.js";
import type { ListArrays } from "../analytics/gap-lists.js";
import { namesOf } from "../analytics/stored-lists.js";
import { PARTNER_CODES, PARTNER_MASK_BITS } from "../analytics/partner-lists.js";
import { TIES_KEPT } from "../analytics/period-network.js";
import { allianceIds } from "./alliances.js";
import { orgSide, quickPartnerScore, scorePartner, type OrgProfile, type ScoreComponent } from "./partner-score.js";

const COMMON_NEIGHBOURS_SHOWN = 5;
/** Candidates only two steps away (no shared chain) kept for scoring, by common neighbours. */
const NEIGHBOURHOOD_CANDIDATES = 200;
/** Extra finalists checked against existing partnerships for organisations with more ties than are stored. */
const PARTNER_CHECK_SLACK = 50;

interface Ref {
  id: string;
  name: string;
  type: string;
}

export interface PartnerSuggestion extends Ref {
  allianceMember: boolean;
  score: number;
  breakdown: ScoreComponent[];
  sharedChains: Ref[];
  complementaryChains: Ref[];
  commonNeighbours: Ref[];
  reasons: string[];
}

export interface SuggestArgs {
  orgId: string;
  membersOnly: boolean;
  limit: number;
}

export type SuggestContext = AnalyticsRequest;

type Candidate = Omit<OrgProfile, "allianceMember" | "name"> & { ref: number; alliances: string[] };

interface StoredActor {
  ref: number;
  actorId: string;
  actorType: string;
  name: string | null;
  degree: number;
  tieTo: number[];
}

const ALL_DATES = periodKey({ from: null, to: null });

export async function suggestPartners(ctx: SuggestContext, args: SuggestArgs): Promise<PartnerSuggestion[]> {
  const [org] = await runQuery<OrgProfile & { alliances: string[] } & Record<string, unknown>>(
    ctx,
    "gaps/get-org-profile",
    { orgId: args.orgId },
  );
  if (!org) return [];
  const slot = await allDatesSlot(ctx);

  // Its collaboration partners and their partners (stored ties of the all-dates network), and the
  // candidate lists of its chains, read at once.
  const [self, lists] = await Promise.all([storedActor(ctx, slot, org.id), partnerLists(ctx, slot.slot, org.chains)]);
  const neighbours = self ? await actorsByRef(ctx, slot.slot, self.tieTo) : new Map<number, StoredActor>();
  const excluded = new Set<number>(self ? [self.ref, ...self.tieTo] : []);
  const common = new Map<number, number[]>(); // candidate ref → neighbour refs in common
  for (const n of neighbours.values()) {
    for (const m of n.tieTo) {
      if (excluded.has(m)) continue;
      const list = common.get(m);
      if (list) list.push(n.ref);
      else common.set(m, [n.ref]);
    }
  }

  // Candidates active in its chains, with what they are scored on.
  const candidates = new Map<string, Candidate>();
  for (const list of lists) {
    for (const c of entries(list, candidates)) if (c.id !== org.id && !excluded.has(c.ref)) candidates.set(c.id, c);
  }
  // Candidates two steps away that share no chain: the ones with the most partners in common.
  const inLists = new Set([...candidates.values()].map((c) => c.ref));
  const nearRefs = [...common.entries()]
    .filter(([ref]) => !inLists.has(ref))
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, NEIGHBOURHOOD_CANDIDATES)
    .map(([ref]) => ref);
  const near = await actorsByRef(ctx, slot.slot, nearRefs);
  if (near.size) {
    const cards = await runQuery<OrgProfile & { alliances: string[] } & Record<string, unknown>>(
      ctx,
      "gaps/list-org-cards-by-id",
      { ids: [...near.values()].map((a) => a.actorId) },
    );
    const refOf = new Map([...near.values()].map((a) => [a.actorId, a.ref]));
    for (const c of cards) {
      if (c.id === org.id) continue;
      candidates.set(c.id, { ...c, ref: refOf.get(c.id) ?? -1, chains: [], supplyChains: [], demandChains: [] });
    }
  }

  // The alliances that count: the organisation's own, or every ALLIANCE when it is in none.
  const alliances = new Set(org.alliances.length ? org.alliances : await allianceIds(ctx, null));
  const side = orgSide({ ...org, allianceMember: true });
  const ranked: { c: Candidate; score: number; allianceMember: boolean }[] = [];
  for (const c of candidates.values()) {
    const allianceMember = c.alliances.some((a) => alliances.has(a));
    if (args.membersOnly && !allianceMember) continue;
    const score = quickPartnerScore(side, c, common.get(c.ref)?.length ?? 0);
    if (score > 0) ranked.push({ c, score, allianceMember });
  }
  ranked.sort((a, b) => b.score - a.score || (a.c.id < b.c.id ? -1 : 1));
  // An organisation with more partners than the stored ties: check the finalists exactly.
  let finalists = ranked.slice(0, args.limit + (self && self.degree > TIES_KEPT ? PARTNER_CHECK_SLACK : 0));
  if (self && self.degree > TIES_KEPT) {
    const partners = new Set(
      (
        await runQuery<{ id: string }>(ctx, "gaps/list-partners-among", {
          orgId: org.id,
          ids: finalists.map((f) => f.c.id),
        })
      ).map((r) => r.id),
    );
    finalists = finalists.filter((f) => !partners.has(f.c.id));
  }
  finalists = finalists.slice(0, args.limit);

  const found = await namesOf(ctx, [...finalists.map((f) => f.c.id), ...org.chains]);
  const names = new Map([...found].map(([id, x]) => [id, x.name]));
  const chainRef = (id: string): Ref => ({ id, name: names.get(id) ?? id, type: "IndustryChain" });
  const neighbourRef = (ref: number): Ref => {
    const n = neighbours.get(ref);
    return {
      id: n?.actorId ?? String(ref),
      name: n?.name ?? n?.actorId ?? String(ref),
      type: n?.actorType ?? "Entity",
    };
  };
  return finalists.map(({ c, allianceMember }) => {
    const commonRefs = [...(common.get(c.ref) ?? [])].sort((a, b) =>
      neighbourRef(a).id < neighbourRef(b).id ? -1 : 1,
    );
    const s = scorePartner(
      side.org,
      { ...c, name: names.get(c.id) ?? c.id, allianceMember },
      commonRefs.map((r) => neighbourRef(r).name),
      (ch) => chainRef(ch).name,
    );
    return {
      id: c.id,
      name: names.get(c.id) ?? c.id,
      type: c.type,
      allianceMember,
      score: s.score,
      breakdown: s.breakdown,
      sharedChains: s.sharedChains.map(chainRef),
      complementaryChains: s.complementaryChains.map(chainRef),
      commonNeighbours: commonRefs.slice(0, COMMON_NEIGHBOURS_SHOWN).map(neighbourRef),
      reasons: s.reasons,
    };
  });
}

/** The all-dates slot of the newest stored version (waiting briefly while a first run computes it). */
async function allDatesSlot(ctx: SuggestContext): Promise<{ slot: string; chunks: number }> {
  const read = async (version: number) =>
    (
      await runQuery<{ slot: string; chunks: number; graphVersion: number }>(ctx, "analytics/get-period-slot", {
        period: ALL_DATES,
        version,
        format: STORE_FORMAT,
      })
    )[0] ?? null;
  const { row } = await ctx.analytics.awaitPeriod(ctx, { from: null, to: null }, true, read);
  if (!row) {
    throw new AnalyticsNotReadyError(
      "Partner suggestions need the stored analytics, which are being computed; retry shortly.",
    );
  }
  return row;
}

async function storedActor(
  ctx: SuggestContext,
  slot: { slot: string; chunks: number },
  id: string,
): Promise<StoredActor | null> {
  const [found] = await runQuery<{ ref: number }>(ctx, "analytics/find-actor-ref", {
    slot: slot.slot,
    chunk: chunkOfId(id, slot.chunks),
    actorId: id,
  });
  return found ? ((await actorsByRef(ctx, slot.slot, [found.ref])).get(found.ref) ?? null) : null;
}

/** Stored actors' ids, types, names, degrees and heaviest ties (no metrics). */
async function actorsByRef(ctx: SuggestContext, slot: string, refs: number[]): Promise<Map<number, StoredActor>> {
  if (refs.length === 0) return new Map();
  const rows = await runQuery<StoredActor & Record<string, unknown>>(ctx, "analytics/list-ties-by-ref", {
    slot,
    refs,
    fields: METRIC_FIELDS.length,
  });
  return new Map(rows.map((r) => [r.ref, r]));
}

/** The first page of each chain's candidate list. */
async function partnerLists(ctx: SuggestContext, slot: string, chains: string[]): Promise<ListArrays[]> {
  const rows = await runQuery<{ list: ListArrays }>(ctx, "analytics/get-slot-lists", {
    slot,
    names: chains.map((c) => `partners|${c}|0`),
  });
  return rows.map((r) => r.list);
}

/** The candidates of a page (partner-lists.ts) not already in `known`, decoded. */
function* entries(l: ListArrays, known: ReadonlyMap<string, Candidate>): Generator<Candidate> {
  const ids = l.actorId as string[];
  const codes = l.codes as number[];
  const words = (l.words as number[])[0] as number;
  const chainIds = l.chainIds as string[];
  const types = l.typeNames as string[];
  const districtIds = l.districtIds as string[];
  const districtNames = l.districtNames as string[];
  const allianceStart = l.allianceStart as number[];
  const alliances = l.alliances as string[];
  const width = PARTNER_CODES + 3 * words;
  const chainsOf = (at: number): string[] => {
    const out: string[] = [];
    for (let w = 0; w < words; w++) {
      const bits = codes[at + w] as number;
      if (bits === 0) continue;
      for (let b = 0; b < PARTNER_MASK_BITS; b++) {
        if (bits & (1 << b)) out.push(chainIds[w * PARTNER_MASK_BITS + b] as string);
      }
    }
    return out.sort();
  };
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (known.has(id)) continue;
    const at = i * width;
    const district = codes[at + 2] as number;
    const inChengdu = codes[at + 3] as number;
    yield {
      id,
      type: types[codes[at + 1] as number] as string,
      ref: codes[at] as number,
      districtId: district < 0 ? null : (districtIds[district] as string),
      districtName: district < 0 ? null : (districtNames[district] as string) || null,
      inChengdu: inChengdu < 0 ? null : inChengdu === 1,
      chains: chainsOf(at + PARTNER_CODES),
      supplyChains: chainsOf(at + PARTNER_CODES + words),
      demandChains: chainsOf(at + PARTNER_CODES + 2 * words),
      alliances: alliances.slice(allianceStart[i], allianceStart[i + 1]),
    };
  }
}
