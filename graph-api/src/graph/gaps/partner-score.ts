/**
 * The score of a suggested partner: a transparent weighted sum of six features. Each feature
 * keeps its raw evidence (`value`: a count, a share or a nearness) and turns it into a points
 * share (`scaled`, in [0, 1]) by a curve that rises with every step of the evidence and never
 * flattens into a cap, and every figure a reason shows is one of these values, so evidence that
 * differs in one figure never ties (5 and 23 common partners do not; neither do 2 and 1 deals in
 * the member's gap chain):
 *   gapCover          the member's own gap chains (deals it handled in chains no partner member
 *                     covers, all dates) the candidate is active in; value = share of those
 *                     uncovered deals, scaled = (1 + value) / 2 when it is active in at least one
 *                     gap chain, else 0
 *   gapDeals          the candidate's own deals in those gap chains (its track record there, all
 *                     dates); n/(n+2); 0 when it covers no gap chain
 *   complementary     chains where one has AVAILABLE results and the other OPEN demands; n/(n+1)
 *   sharedChains      chains both are active in (COVERS, IN_CHAIN, results developed, demands
 *                     posted); n/(n+2)
 *   commonNeighbours  organisations both shared deals with (collaboration graph, all dates); n/(n+3)
 *   geography         1 = same district, 0.5 = both in Chengdu, 0 otherwise (scaled = value)
 * score = Σ weight × scaled. gapCover earns at least half its weight (5) when the candidate covers a
 * gap chain, and the features that count without one (complementary, sharedChains,
 * commonNeighbours, geography) stay below their weights, which add up to 5: so every candidate that
 * covers one of the member's gap chains ranks above every candidate that covers none.
 */
export const partnerWeights = {
  gapCover: 10,
  gapDeals: 1,
  complementary: 2,
  sharedChains: 1,
  commonNeighbours: 1.5,
  geography: 0.5,
} as const;

export type PartnerFeature = keyof typeof partnerWeights;

/** Gap chains explained one by one; the rest are named in one line. */
export const GAP_REASONS_SHOWN = 3;

/** Half-saturation of the count features: the count that earns half the weight. */
export const PARTNER_HALF = { gapDeals: 2, complementary: 1, sharedChains: 2, commonNeighbours: 3 } as const;

export interface OrgProfile {
  id: string;
  name: string;
  type: string;
  districtId: string | null;
  districtName: string | null;
  inChengdu: boolean | null;
  chains: string[];
  supplyChains: string[];
  demandChains: string[];
  allianceMember: boolean;
}

/** One of the member's own gap chains: deals it handled there that no partner member covers. */
export interface GapChain {
  chainId: string;
  deals: number;
}

type Located = Pick<OrgProfile, "districtId" | "inChengdu">;
/** What the quick score reads of a candidate. */
export type CandidateChains = Located & Pick<OrgProfile, "chains" | "supplyChains" | "demandChains">;

export interface ScoreComponent {
  name: PartnerFeature;
  /** The raw evidence: a count (chains, deals, partners), a share of uncovered deals, or a nearness. */
  value: number;
  /** The evidence on the feature's curve, in [0, 1]. */
  scaled: number;
  weight: number;
  contribution: number;
}

/** Where a reason's figure comes from. */
export type ReasonSource = "deals" | "chains" | "results" | "demands" | "collaboration" | "location";

/** A reason in words (Chinese and English), with the chain it names, if any. */
export interface Reason {
  kind: string;
  chain: string | null;
  source: ReasonSource;
  zh: string;
  en: string;
}

export interface PartnerScore {
  score: number;
  breakdown: ScoreComponent[];
  sharedChains: string[];
  complementaryChains: string[];
  gapChains: string[];
  reasons: Reason[];
}

const intersect = (a: string[], b: string[]): string[] => {
  const set = new Set(b);
  return [...new Set(a)].filter((x) => set.has(x)).sort();
};

const saturate = (n: number, half: number): number => (n > 0 ? n / (n + half) : 0);

/** Geography feature: same district 1, both in Chengdu 0.5, else 0. */
export function geography(org: Located, cand: Located): number {
  if (org.districtId && org.districtId === cand.districtId) return 1;
  if (org.inChengdu === true && cand.inChengdu === true) return 0.5;
  return 0;
}

/** Share of the member's uncovered deals in the gap chains the candidate is active in. */
function gapShare(gaps: ReadonlyMap<string, number>, total: number, chains: Iterable<string>): [number, boolean] {
  let covered = 0;
  let any = false;
  for (const c of chains) {
    const n = gaps.get(c);
    if (n !== undefined) {
      covered += n;
      any = true;
    }
  }
  return [total > 0 ? covered / total : 0, any];
}

function scaledOf(name: PartnerFeature, value: number, coversGap: boolean): number {
  if (name === "gapCover") return coversGap ? (1 + value) / 2 : 0;
  if (name === "gapDeals" && !coversGap) return 0;
  if (name === "geography") return value;
  return saturate(value, PARTNER_HALF[name]);
}

/**
 * The points of a candidate from its evidence: Σ weight × scaled over the features (`values` as in
 * ScoreComponent.value; `coversGap`: it is active in at least one of the member's gap chains).
 */
export function partnerPoints(values: Readonly<Record<PartnerFeature, number>>, coversGap: boolean): number {
  let sum = 0;
  for (const name of Object.keys(partnerWeights) as PartnerFeature[]) {
    sum += partnerWeights[name] * scaledOf(name, values[name], coversGap);
  }
  return sum;
}

/** What the scorer knows of the member (the organisation suggestions are made for). */
export interface OrgSide {
  org: OrgProfile;
  chains: Set<string>;
  supply: Set<string>;
  demand: Set<string>;
  /** Its gap chains → its uncovered deals there. */
  gaps: Map<string, number>;
  gapTotal: number;
}

export const orgSide = (org: OrgProfile, gaps: GapChain[] = []): OrgSide => ({
  org,
  chains: new Set(org.chains),
  supply: new Set(org.supplyChains),
  demand: new Set(org.demandChains),
  gaps: new Map(gaps.map((g) => [g.chainId, g.deals])),
  gapTotal: gaps.reduce((s, g) => s + g.deals, 0),
});

export interface CandidateEvidence {
  /** Names of the organisations both shared deals with. */
  commonNeighbourNames: string[];
  /** The candidate's deals per chain (for the gap chains; missing = none). Scored as gapDeals. */
  chainDeals: ReadonlyMap<string, number>;
  chainName: (id: string) => string;
}

/** Score a candidate for the member, with its breakdown and reasons in words. */
export function scorePartner(side: OrgSide, cand: OrgProfile, ev: CandidateEvidence): PartnerScore {
  const org = side.org;
  const shared = intersect(org.chains, cand.chains);
  const theySupply = intersect(cand.supplyChains, org.demandChains);
  const theyDemand = intersect(cand.demandChains, org.supplyChains);
  const complementary = [...new Set([...theySupply, ...theyDemand])].sort();
  const gapChains = [...new Set(cand.chains)]
    .filter((c) => side.gaps.has(c))
    .sort((a, b) => (side.gaps.get(b) ?? 0) - (side.gaps.get(a) ?? 0) || (a < b ? -1 : 1));
  const [share, coversGap] = gapShare(side.gaps, side.gapTotal, gapChains);
  const geo = geography(org, cand);
  const values: Record<PartnerFeature, number> = {
    gapCover: share,
    gapDeals: gapChains.reduce((n, c) => n + (ev.chainDeals.get(c) ?? 0), 0),
    complementary: complementary.length,
    sharedChains: shared.length,
    commonNeighbours: ev.commonNeighbourNames.length,
    geography: geo,
  };
  const breakdown = (Object.keys(partnerWeights) as PartnerFeature[]).map((name) => {
    const scaled = scaledOf(name, values[name], coversGap);
    return {
      name,
      value: values[name],
      scaled,
      weight: partnerWeights[name],
      contribution: scaled * partnerWeights[name],
    };
  });
  const zhNames = (ids: string[]) => ids.map(ev.chainName).join("、");
  const enNames = (ids: string[]) => ids.map(ev.chainName).join(", ");
  const reasons: Reason[] = [];
  for (const c of gapChains.slice(0, GAP_REASONS_SHOWN)) {
    const mine = side.gaps.get(c) ?? 0;
    const theirs = ev.chainDeals.get(c) ?? 0;
    const name = ev.chainName(c);
    reasons.push({
      kind: "gapCover",
      chain: c,
      source: "deals",
      zh:
        theirs > 0
          ? `覆盖你的缺口链 ${name}（你有 ${mine} 笔未覆盖交易；对方在该链办理 ${theirs} 笔交易）`
          : `覆盖你的缺口链 ${name}（你有 ${mine} 笔未覆盖交易；对方在该链有服务、成果或需求，尚无成交）`,
      en:
        theirs > 0
          ? `Covers your gap chain ${name} (you have ${mine} uncovered deals; they handled ${theirs} deals in it)`
          : `Covers your gap chain ${name} (you have ${mine} uncovered deals; they work in it — coverage, results or demands — without deals yet)`,
    });
  }
  const moreGaps = gapChains.slice(GAP_REASONS_SHOWN);
  if (moreGaps.length) {
    const deals = moreGaps.reduce((n, c) => n + (side.gaps.get(c) ?? 0), 0);
    const theirs = moreGaps.reduce((n, c) => n + (ev.chainDeals.get(c) ?? 0), 0);
    reasons.push({
      kind: "gapCover",
      chain: null,
      source: "deals",
      zh: `另覆盖你的缺口链 ${moreGaps.length} 条：${zhNames(moreGaps)}（你有 ${deals} 笔未覆盖交易${theirs > 0 ? `；对方办理 ${theirs} 笔` : ""}）`,
      en: `Also covers ${moreGaps.length} more of your gap chains: ${enNames(moreGaps)} (you have ${deals} uncovered deals there${theirs > 0 ? `; they handled ${theirs}` : ""})`,
    });
  }
  const chainReason = (
    kind: string,
    ids: string[],
    source: ReasonSource,
    zh: (names: string) => string,
    en: (names: string) => string,
  ) => {
    if (ids.length) reasons.push({ kind, chain: ids[0] ?? null, source, zh: zh(zhNames(ids)), en: en(enNames(ids)) });
  };
  chainReason(
    "complementary",
    theySupply,
    "results",
    (x) => `供需互补：对方在 ${x} 有可转化成果，你方有开放需求`,
    (x) => `Supply meets demand: they have available results in ${x}, where you have open demands`,
  );
  chainReason(
    "complementary",
    theyDemand,
    "demands",
    (x) => `供需互补：对方在 ${x} 有开放技术需求，你方有可转化成果`,
    (x) => `Supply meets demand: they have open demands in ${x}, where you have available results`,
  );
  chainReason(
    "sharedChains",
    shared,
    "chains",
    (x) => `共同产业链 ${shared.length} 条：${x}`,
    (x) => `${shared.length} chain${shared.length === 1 ? "" : "s"} in common: ${x}`,
  );
  const cn = ev.commonNeighbourNames;
  if (cn.length)
    reasons.push({
      kind: "commonNeighbours",
      chain: null,
      source: "collaboration",
      zh: `共同合作伙伴 ${cn.length} 家：${cn.slice(0, 3).join("、")}`,
      en: `${cn.length} partner${cn.length === 1 ? "" : "s"} in common: ${cn.slice(0, 3).join(", ")}`,
    });
  if (geo === 1)
    reasons.push({
      kind: "geography",
      chain: null,
      source: "location",
      zh: `同在${cand.districtName ?? "一区"}`,
      en: `Same district: ${cand.districtName ?? "the same district"}`,
    });
  else if (geo === 0.5)
    reasons.push({ kind: "geography", chain: null, source: "location", zh: "同在成都", en: "Both in Chengdu" });
  return {
    score: breakdown.reduce((s, c) => s + c.contribution, 0),
    breakdown,
    sharedChains: shared,
    complementaryChains: complementary,
    gapChains,
    reasons,
  };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * "Why not higher": what the suggestion ranked just above has that this one lacks — each feature
 * where the one above earns more points, with both figures, in words.
 */
export function whyNotHigher(
  above: { name: string; breakdown: ScoreComponent[] },
  self: { breakdown: ScoreComponent[] },
): Reason[] {
  const out: Reason[] = [];
  const mine = new Map(self.breakdown.map((c) => [c.name, c]));
  for (const a of above.breakdown) {
    const b = mine.get(a.name);
    if (!b || a.contribution <= b.contribution + 1e-9) continue;
    const x = above.name;
    const [za, ea] = ((): [string, string] => {
      switch (a.name) {
        case "gapCover":
          return [
            `${x} 覆盖你 ${pct(a.value)} 的未覆盖交易，此方 ${pct(b.value)}`,
            `${x} covers ${pct(a.value)} of your uncovered deals, this one ${pct(b.value)}`,
          ];
        case "gapDeals":
          return [
            `${x} 在你的缺口链办理 ${a.value} 笔交易，此方 ${b.value} 笔`,
            `${x} handled ${a.value} deals in your gap chains, this one ${b.value}`,
          ];
        case "complementary":
          return [
            `${x} 与你供需互补的产业链 ${a.value} 条，此方 ${b.value} 条`,
            `${x} meets your supply or demand in ${a.value} chains, this one in ${b.value}`,
          ];
        case "sharedChains":
          return [
            `${x} 与你共同产业链 ${a.value} 条，此方 ${b.value} 条`,
            `${x} shares ${a.value} chains with you, this one ${b.value}`,
          ];
        case "commonNeighbours":
          return [
            `${x} 与你共同合作伙伴 ${a.value} 家，此方 ${b.value} 家`,
            `${x} has ${a.value} partners in common with you, this one ${b.value}`,
          ];
        default:
          return [
            `${x} 离你更近（${a.value === 1 ? "同区" : "同在成都"}）`,
            `${x} is nearer to you (${a.value === 1 ? "same district" : "both in Chengdu"})`,
          ];
      }
    })();
    out.push({
      kind: a.name,
      chain: null,
      source:
        a.name === "gapCover" || a.name === "gapDeals"
          ? "deals"
          : a.name === "geography"
            ? "location"
            : a.name === "commonNeighbours"
              ? "collaboration"
              : "chains",
      zh: za,
      en: ea,
    });
  }
  return out;
}

/**
 * The same score as scorePartner(…).score without building reasons and breakdown — used to rank
 * tens of thousands of candidates before explaining the best few. Candidate chain lists must be
 * free of duplicates (as the partner index keeps them). `gapDeals`: the candidate's deals in the
 * member's gap chains it is active in, when known; without it the score is the gapDeals feature
 * short, less by under partnerWeights.gapDeals.
 */
export function quickPartnerScore(
  side: OrgSide,
  cand: CandidateChains,
  commonNeighbours: number,
  gapDeals = 0,
): number {
  let shared = 0;
  for (const c of cand.chains) if (side.chains.has(c)) shared += 1;
  let complementary = 0;
  for (const c of cand.supplyChains) if (side.demand.has(c)) complementary += 1;
  for (const c of cand.demandChains)
    if (side.supply.has(c) && !(side.demand.has(c) && cand.supplyChains.includes(c))) complementary += 1;
  const [share, coversGap] = side.gaps.size ? gapShare(side.gaps, side.gapTotal, cand.chains) : [0, false];
  const w = partnerWeights;
  return (
    w.gapCover * scaledOf("gapCover", share, coversGap) +
    w.gapDeals * (coversGap ? saturate(gapDeals, PARTNER_HALF.gapDeals) : 0) +
    w.complementary * saturate(complementary, PARTNER_HALF.complementary) +
    w.sharedChains * saturate(shared, PARTNER_HALF.sharedChains) +
    w.commonNeighbours * saturate(commonNeighbours, PARTNER_HALF.commonNeighbours) +
    w.geography * geography(side.org, cand)
  );
}
