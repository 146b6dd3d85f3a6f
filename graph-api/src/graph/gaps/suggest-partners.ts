/**
 * Ranked partner suggestions for an organisation, from bounded candidate sets: the organisations
 * active in its own chains (the first page of each chain's 'partners|<chain>|<page>' list the
 * analytics run stores — the 2,000 with most potential, see partner-lists.ts — with each one's
 * chains, supply, demand, district, alliances and deals in that chain) and those two steps away in
 * the all-dates collaboration network (the stored ties: each organisation's 256 heaviest).
 * Organisations it already shares deals with are left out (they are partners already: its stored
 * ties, or for a hub with more partners than that, all of them read in Cypher). Each candidate is
 * scored by partner-score.ts, which ranks first the candidates active in the member's own gap
 * chains (chains of its deals that no partner member covers; their candidate lists are read too,
 * and give the candidates' deals there). Only the best few are explained (names, reasons with the
 * deal figures, what the one above has that they lack).
 */
import { runQuery } from "../../db/run-query.js";
import { chunkOfId, METRIC_FIELDS } from "../analytics/actor-chunks.js";
import { AnalyticsNotReadyError } from "../analytics/analytics-not-ready.js";
import type { AnalyticsRequest } from "../common/analytics-request.js";
import { periodKey, STORE_FORMAT } from "../analytics/analytics-store.js";
import type { ListArrays } from "../analytics/gap-lists.js";
import { namesOf } from "../analytics/stored-lists.js";
import { fromInt32Bytes } from "../analytics/int32-bytes.js";
import { PARTNER_CODES, PARTNER_MASK_BITS } from "../analytics/partner-lists.js";
import { TIES_KEPT } from "../analytics/period-network.js";
import { allianceIds } from "./alliances.js";
import {
  orgSide,
  partnerWeights,
  quickPartnerScore,
  scorePartner,
  whyNotHigher,
  type GapChain,
  type OrgProfile,
  type OrgSide,
  type Reason,
  type ScoreComponent,
} from "./partner-score.js";

const COMMON_NEIGHBOURS_SHOWN = 5;
/** Candidates only two steps away (no shared chain) kept for scoring, by common neighbours. */
const NEIGHBOURHOOD_CANDIDATES = 200;
/**
 * Candidates past the limit scored exactly as well: the quick ranking lacks the gapDeals feature
 * of a candidate whose deals in a gap chain the lists read do not carry (it is past that chain's
 * page; counted in Cypher for the finalists only), so every such candidate within that feature's
 * weight of the last place is rescored, at most this many more.
 */
const RESCORE_SLACK = 50;
/** Suggestions (from the second) that say what the one above has that they lack. */
export const WHY_NOT_HIGHER_SHOWN = 5;

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
  /** The member's own gap chains the partner is active in, most uncovered deals first. */
  gapChains: Ref[];
  /** Reasons in words (Chinese), as `explanations[].zh`. */
  reasons: string[];
  explanations: ExplainedReason[];
  whyNotHigher: ExplainedReason[];
}

export type ExplainedReason = Omit<Reason, "chain"> & { chain: Ref | null };

export interface SuggestArgs {
  orgId: string;
  membersOnly: boolean;
  limit: number;
}

export type SuggestContext = AnalyticsRequest;

type Candidate = Omit<OrgProfile, "allianceMember" | "name"> & {
  ref: number;
  alliances: string[];
  /** Its deals (all dates) in the chains whose lists hold it; a chain missing: not known. */
  chainDeals: Map<string, number>;
};

/** An actor of the stored all-dates network with its heaviest ties. */
interface StoredActor {
  ref: number;
  actorId: string;
  actorType: string;
  tieTo: number[];
}

const ALL_DATES = periodKey({ from: null, to: null });

/** The suggestions, or null when `orgId` is no organisation (Agency, Institution, Lab, Enterprise). */
export async function suggestPartners(ctx: SuggestContext, args: SuggestArgs): Promise<PartnerSuggestion[] | null> {
  // The gap chains need only the id: read beside the profile, and waited for only when their
  // candidate lists are read (for a hub they take longest). The stored slot only for an
  // organisation that exists (reading it may start an analytics run and wait for it).
  const gapsRead = runQuery<GapChain & { chainName: string }>(ctx, "gaps/get-member-gap-chains", {
    orgId: args.orgId,
  });
  gapsRead.catch(() => undefined); // awaited below, unless the organisation does not exist
  const [org] = await runQuery<OrgProfile & { alliances: string[] } & Record<string, unknown>>(
    ctx,
    "gaps/get-org-profile",
    { orgId: args.orgId },
  );
  if (!org) return null;
  const slot = await allDatesSlot(ctx);

  // At once: its collaboration neighbourhood (stored ties of the all-dates network), the candidate
  // lists of its chains, then those of its gap chains, and the alliances that count (its own, or
  // every ALLIANCE when it is in none).
  const [{ self, neighbours, partners }, ownLists, gapLists, gaps, alliances] = await Promise.all([
    neighbourhood(ctx, slot, org.id),
    partnerLists(ctx, slot.slot, org.chains),
    gapsRead.then((g) =>
      partnerLists(
        ctx,
        slot.slot,
        g.map((x) => x.chainId).filter((c) => !org.chains.includes(c)),
      ),
    ),
    gapsRead,
    org.alliances.length ? org.alliances : allianceIds(ctx, null),
  ]);
  const listChains = [...new Set([...org.chains, ...gaps.map((g) => g.chainId)])];
  // Partners already: its stored ties, and for a hub every organisation it shares a deal with.
  const excluded = new Set<number>(self ? [self.ref, ...self.tieTo] : []);
  const isPartner = (c: { id: string; ref: number }) =>
    c.id === org.id || excluded.has(c.ref) || (partners?.has(c.id) ?? false);
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
  for (const page of [...ownLists, ...gapLists]) {
    for (const c of entries(page, candidates)) if (!isPartner(c)) candidates.set(c.id, c);
  }
  // Candidates two steps away that share no chain: the ones with the most partners in common.
  const inLists = new Set([...candidates.values()].map((c) => c.ref));
  const nearRefs = [...common.entries()]
    .filter(([ref]) => !inLists.has(ref))
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, NEIGHBOURHOOD_CANDIDATES)
    .map(([ref]) => ref);
  if (nearRefs.length) {
    const cards = await runQuery<OrgProfile & { ref: number; alliances: string[] } & Record<string, unknown>>(
      ctx,
      "gaps/list-org-cards-by-ref",
      { slot: slot.slot, refs: nearRefs },
    );
    for (const c of cards) {
      if (isPartner(c)) continue;
      candidates.set(c.id, { ...c, chains: [], supplyChains: [], demandChains: [], chainDeals: new Map() });
    }
  }

  const counted = new Set(alliances);
  const side = orgSide({ ...org, allianceMember: true }, gaps);
  const ranked: Ranked[] = [];
  for (const c of candidates.values()) {
    const allianceMember = c.alliances.some((a) => counted.has(a));
    if (args.membersOnly && !allianceMember) continue;
    // The quick score is exact when the candidate's deals in each gap chain it is active in are
    // known (from that chain's list; a candidate past a chain's page has none there).
    const exact = c.chains.every((ch) => !side.gaps.has(ch) || c.chainDeals.has(ch));
    const score = quickPartnerScore(side, c, common.get(c.ref)?.length ?? 0, gapDealsOf(side, c));
    if (score > 0) ranked.push({ c, score, allianceMember, exact });
  }
  ranked.sort((a, b) => b.score - a.score || (a.c.id < b.c.id ? -1 : 1));
  const finalists = withinReach(ranked.slice(0, args.limit + RESCORE_SLACK), args.limit);

  // The common neighbours of each finalist by id: the first ones are shown, with their names.
  const neighbourId = (ref: number): string => neighbours.get(ref)?.actorId ?? String(ref);
  const commonOf = new Map(
    finalists.map(({ c }) => [
      c.id,
      [...(common.get(c.ref) ?? [])].sort((a, b) => (neighbourId(a) < neighbourId(b) ? -1 : 1)),
    ]),
  );
  const shown = [...commonOf.values()].flatMap((refs) => refs.slice(0, COMMON_NEIGHBOURS_SHOWN).map(neighbourId));
  // Deals in the gap chains counted in Cypher only for the finalists whose lists lack some.
  const uncounted = finalists.filter((f) => !f.exact).map((f) => f.c.id);
  const [found, dealRows] = await Promise.all([
    namesOf(ctx, [...finalists.map((f) => f.c.id), ...listChains, ...shown]),
    uncounted.length
      ? runQuery<{ id: string; chainId: string; deals: number }>(ctx, "gaps/count-chain-deals-of-orgs", {
          ids: uncounted,
          chainIds: gaps.map((g) => g.chainId),
        })
      : Promise.resolve([]),
  ]);
  for (const d of dealRows) candidates.get(d.id)?.chainDeals.set(d.chainId, d.deals);
  const names = new Map([...found].map(([id, x]) => [id, x.name]));
  const chainRef = (id: string): Ref => ({ id, name: names.get(id) ?? id, type: "IndustryChain" });
  const neighbourRef = (ref: number): Ref => {
    const id = neighbourId(ref);
    return { id, name: names.get(id) ?? id, type: neighbours.get(ref)?.actorType ?? "Entity" };
  };
  const explain = (r: Reason): ExplainedReason => ({ ...r, chain: r.chain === null ? null : chainRef(r.chain) });
  const out = finalists.map(({ c, allianceMember }) => {
    const commonRefs = commonOf.get(c.id) as number[];
    const s = scorePartner(
      side,
      { ...c, name: names.get(c.id) ?? c.id, allianceMember },
      {
        // Named as far as shown (the reasons name the first three); counted in full.
        commonNeighbourNames: commonRefs.map((r) => neighbourRef(r).name),
        chainDeals: c.chainDeals,
        chainName: (ch) => chainRef(ch).name,
      },
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
      gapChains: s.gapChains.map(chainRef),
      reasons: s.reasons.map((r) => r.zh),
      explanations: s.reasons.map(explain),
      whyNotHigher: [] as ExplainedReason[],
    };
  });
  // The exact scores add gapDeals to the quick ones: the order may change, and the candidates
  // rescored past the limit may come in.
  out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  out.length = Math.min(out.length, args.limit);
  for (let i = 1; i < Math.min(out.length, WHY_NOT_HIGHER_SHOWN + 1); i++) {
    const above = out[i - 1] as PartnerSuggestion;
    (out[i] as PartnerSuggestion).whyNotHigher = whyNotHigher(above, out[i] as PartnerSuggestion).map(explain);
  }
  return out;
}

interface Ranked {
  c: Candidate;
  /** The quick score: the exact one when `exact`, else without the gapDeals feature. */
  score: number;
  allianceMember: boolean;
  exact: boolean;
}

/** The candidate's deals in the member's gap chains it is active in (those known). */
function gapDealsOf(side: OrgSide, c: Candidate): number {
  let n = 0;
  for (const [chain, deals] of c.chainDeals) if (side.gaps.has(chain)) n += deals;
  return n;
}

/**
 * The first `limit` candidates by quick score and those after them that the gapDeals feature could
 * lift above the last of those (a quick score short of it, within its weight), best first. A
 * candidate past the limit with an exact score cannot rise above any of the first `limit`, whose
 * exact scores are at least their quick ones.
 */
function withinReach(ranked: Ranked[], limit: number): Ranked[] {
  const last = ranked[limit - 1];
  if (!last) return ranked;
  const out = ranked.slice(0, limit);
  for (let end = limit; end < ranked.length; end++) {
    const r = ranked[end] as Ranked;
    if (r.score <= last.score - partnerWeights.gapDeals) break;
    if (!r.exact) out.push(r);
  }
  return out;
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

/**
 * The organisation's stored actor (ref, heaviest ties), its neighbours' (their ties: the common
 * neighbours), and for a hub — more partners than the stored ties — all its partners' ids, read
 * exactly in Cypher beside the neighbours.
 */
async function neighbourhood(
  ctx: SuggestContext,
  slot: { slot: string; chunks: number },
  id: string,
): Promise<{ self: StoredActor | null; neighbours: Map<number, StoredActor>; partners: Set<string> | null }> {
  const [self] = await runQuery<StoredActor & { degree: number } & Record<string, unknown>>(
    ctx,
    "analytics/get-actor-ties",
    {
      slot: slot.slot,
      chunk: chunkOfId(id, slot.chunks),
      actorId: id,
      fields: METRIC_FIELDS.length,
    },
  );
  if (!self) return { self: null, neighbours: new Map(), partners: null };
  const [neighbours, partners] = await Promise.all([
    actorsByRef(ctx, slot.slot, self.tieTo),
    self.degree > TIES_KEPT
      ? runQuery<{ id: string }>(ctx, "gaps/list-partners", { orgId: id }).then(
          (rows) => new Set(rows.map((r) => r.id)),
        )
      : null,
  ]);
  return { self, neighbours, partners };
}

/** Stored actors' ids, types and heaviest ties. */
async function actorsByRef(ctx: SuggestContext, slot: string, refs: number[]): Promise<Map<number, StoredActor>> {
  if (refs.length === 0) return new Map();
  const rows = await runQuery<StoredActor & Record<string, unknown>>(ctx, "analytics/list-ties-by-ref", { slot, refs });
  return new Map(rows.map((r) => [r.ref, r]));
}

/** A chain's candidate page. */
interface Page {
  chain: string;
  list: ListArrays;
}

/** The first page of each chain's candidate list. */
async function partnerLists(ctx: SuggestContext, slot: string, chains: string[]): Promise<Page[]> {
  if (chains.length === 0) return [];
  const rows = await runQuery<{ name: string; list: ListArrays }>(ctx, "analytics/get-slot-lists", {
    slot,
    names: chains.map((c) => `partners|${c}|0`),
  });
  return rows.map((r) => ({ chain: r.name.split("|")[1] as string, list: r.list }));
}

/**
 * The candidates of a page (partner-lists.ts) not already in `known`, decoded; a candidate already
 * known gets its deals in the page's chain.
 */
function* entries({ chain, list: l }: Page, known: ReadonlyMap<string, Candidate>): Generator<Candidate> {
  const ids = l.actorId as string[];
  const codes = fromInt32Bytes(l.codes as Int8Array);
  const deals = fromInt32Bytes(l.deals as Int8Array);
  const words = (l.words as number[])[0] as number;
  const chainIds = l.chainIds as string[];
  const types = l.typeNames as string[];
  const districtIds = l.districtIds as string[];
  const districtNames = l.districtNames as string[];
  const allianceStart = fromInt32Bytes(l.allianceStart as Int8Array);
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
    const seen = known.get(id);
    if (seen) {
      seen.chainDeals.set(chain, deals[i] as number);
      continue;
    }
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
      chainDeals: new Map([[chain, deals[i] as number]]),
    };
  }
}
