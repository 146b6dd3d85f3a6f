/**
 * The score of a suggested partner: a transparent weighted sum of four features, each counted and
 * capped so that no single one dominates.
 *   sharedChains      chains both are active in (COVERS, IN_CHAIN, results developed, demands posted)
 *   complementary     chains where one has AVAILABLE results and the other OPEN demands
 *   commonNeighbours  organisations both have shared deals with (collaboration graph, all dates)
 *   geography         1 = same district, 0.5 = both in Chengdu, 0 otherwise
 * score = Σ weight × min(value, cap)   (geography is not capped: it is at most 1)
 */
export const partnerWeights = {
  sharedChains: 1,
  complementary: 2,
  commonNeighbours: 1,
  geography: 1,
} as const;

/** Counts above this add nothing more. */
export const PARTNER_FEATURE_CAP = 5;

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

type Located = Pick<OrgProfile, "districtId" | "inChengdu">;
/** What the quick score reads of a candidate. */
export type CandidateChains = Located & Pick<OrgProfile, "chains" | "supplyChains" | "demandChains">;

export interface ScoreComponent {
  name: keyof typeof partnerWeights;
  value: number;
  weight: number;
  contribution: number;
}

export interface PartnerScore {
  score: number;
  breakdown: ScoreComponent[];
  sharedChains: string[];
  complementaryChains: string[];
  reasons: string[];
}

const intersect = (a: string[], b: string[]): string[] => {
  const set = new Set(b);
  return [...new Set(a)].filter((x) => set.has(x)).sort();
};

/** Geography feature: same district 1, both in Chengdu 0.5, else 0. */
export function geography(org: Located, cand: Located): number {
  if (org.districtId && org.districtId === cand.districtId) return 1;
  if (org.inChengdu === true && cand.inChengdu === true) return 0.5;
  return 0;
}

/**
 * Score a candidate for `org`. `commonNeighbourNames` are the names of the organisations both
 * collaborated with; `chainName` names a chain id for the reasons.
 */
export function scorePartner(
  org: OrgProfile,
  cand: OrgProfile,
  commonNeighbourNames: string[],
  chainName: (id: string) => string,
): PartnerScore {
  const shared = intersect(org.chains, cand.chains);
  const theySupply = intersect(cand.supplyChains, org.demandChains);
  const theyDemand = intersect(cand.demandChains, org.supplyChains);
  const complementary = [...new Set([...theySupply, ...theyDemand])].sort();
  const geo = geography(org, cand);
  const values: Record<keyof typeof partnerWeights, number> = {
    sharedChains: Math.min(shared.length, PARTNER_FEATURE_CAP),
    complementary: Math.min(complementary.length, PARTNER_FEATURE_CAP),
    commonNeighbours: Math.min(commonNeighbourNames.length, PARTNER_FEATURE_CAP),
    geography: geo,
  };
  const breakdown = (Object.keys(partnerWeights) as (keyof typeof partnerWeights)[]).map((name) => ({
    name,
    value: values[name],
    weight: partnerWeights[name],
    contribution: values[name] * partnerWeights[name],
  }));
  const names = (ids: string[]) => ids.map(chainName).join("、");
  const reasons: string[] = [];
  if (shared.length) reasons.push(`共同产业链：${names(shared)}`);
  if (theySupply.length) reasons.push(`供需互补：对方在${names(theySupply)}有可转化成果，贵方有需求`);
  if (theyDemand.length) reasons.push(`供需互补：对方在${names(theyDemand)}有技术需求，贵方有成果`);
  if (commonNeighbourNames.length)
    reasons.push(`共同合作伙伴${commonNeighbourNames.length}家：${commonNeighbourNames.slice(0, 3).join("、")}`);
  if (geo === 1) reasons.push(`同在${cand.districtName ?? "一区"}`);
  else if (geo === 0.5) reasons.push("同在成都");
  return {
    score: breakdown.reduce((s, c) => s + c.contribution, 0),
    breakdown,
    sharedChains: shared,
    complementaryChains: complementary,
    reasons,
  };
}

/** The organisation's side of the score, prepared once for scoring many candidates. */
export interface OrgSide {
  org: OrgProfile;
  chains: Set<string>;
  supply: Set<string>;
  demand: Set<string>;
}

export const orgSide = (org: OrgProfile): OrgSide => ({
  org,
  chains: new Set(org.chains),
  supply: new Set(org.supplyChains),
  demand: new Set(org.demandChains),
});

/**
 * The same score as scorePartner(…).score without building reasons and breakdown — used to rank
 * tens of thousands of candidates before explaining the best few. Candidate chain lists must be
 * free of duplicates (as the partner index keeps them).
 */
export function quickPartnerScore(side: OrgSide, cand: CandidateChains, commonNeighbours: number): number {
  let shared = 0;
  for (const c of cand.chains) if (side.chains.has(c)) shared += 1;
  let complementary = 0;
  for (const c of cand.supplyChains) if (side.demand.has(c)) complementary += 1;
  for (const c of cand.demandChains)
    if (side.supply.has(c) && !(side.demand.has(c) && cand.supplyChains.includes(c))) complementary += 1;
  const cap = (n: number) => Math.min(n, PARTNER_FEATURE_CAP);
  return (
    partnerWeights.sharedChains * cap(shared) +
    partnerWeights.complementary * cap(complementary) +
    partnerWeights.commonNeighbours * cap(commonNeighbours) +
    partnerWeights.geography * geography(side.org, cand)
  );
}
