/**
 * The transparent scoring of the 十佳 rankings: a score is the sum of components, each
 * `weight × normalised` with `normalised` in [0, 1]. The formulas (weights, normalisations) live
 * here only; the SDL descriptions of RankedBroker, RankedAgency and RankedCase repeat them.
 */

/** One component of a score (SDL `RankingComponent`). */
export interface RankingComponent {
  key: string;
  label: string;
  raw: number;
  normalised: number;
  weight: number;
  points: number;
}

/** raw / max, 0 when max is 0 (nobody had any), clamped to [0, 1]. */
export const relative = (raw: number, max: number): number => (max > 0 ? Math.min(1, Math.max(0, raw / max)) : 0);

export function component(
  key: string,
  label: string,
  weight: number,
  raw: number,
  normalised: number,
): RankingComponent {
  return { key, label, raw, normalised, weight, points: weight * normalised };
}

export const total = (parts: RankingComponent[]): number => parts.reduce((s, p) => s + p.points, 0);

const maxOf = <T>(rows: T[], f: (r: T) => number): number => rows.reduce((m, r) => Math.max(m, f(r)), 0);

/** Hours of TRAINING attended in the year at which the training component is full. */
export const TRAINING_HOURS_CAP = 40;

export interface BrokerRaw {
  id: string;
  credited: number;
  creditedAmount: number;
  onSiteCredited: number;
  trainingHours: number;
}

/** Broker score: deals 40, amount 30, on-site share 20, training 10 (credit: LEAD 1, SUPPORT 0.5). */
export function brokerScorer(rows: BrokerRaw[]): (r: BrokerRaw) => RankingComponent[] {
  const maxCredited = maxOf(rows, (r) => r.credited);
  const maxAmount = maxOf(rows, (r) => r.creditedAmount);
  return (r) => {
    const share = r.credited > 0 ? r.onSiteCredited / r.credited : 0;
    return [
      component(
        "deals",
        "credited deals (LEAD 1, SUPPORT 0.5) / best broker's",
        40,
        r.credited,
        relative(r.credited, maxCredited),
      ),
      component(
        "amount",
        "credited amount in 万元 / best broker's",
        30,
        r.creditedAmount,
        relative(r.creditedAmount, maxAmount),
      ),
      component("onSite", "share of credited deals with a buyer in Chengdu", 20, share, share),
      component(
        "training",
        `TRAINING hours attended in the year / ${TRAINING_HOURS_CAP} (capped at 1)`,
        10,
        r.trainingHours,
        Math.min(1, r.trainingHours / TRAINING_HOURS_CAP),
      ),
    ];
  };
}

export interface AgencyRaw {
  id: string;
  deals: number;
  amount: number;
  onSiteDeals: number;
  chains: number;
}

/** Agency score: deals 40, amount 30, on-site share 20, chains served 10. */
export function agencyScorer(rows: AgencyRaw[]): (r: AgencyRaw) => RankingComponent[] {
  const maxDeals = maxOf(rows, (r) => r.deals);
  const maxAmount = maxOf(rows, (r) => r.amount);
  const maxChains = maxOf(rows, (r) => r.chains);
  return (r) => {
    const share = r.deals > 0 ? r.onSiteDeals / r.deals : 0;
    return [
      component("deals", "deals served / best agency's", 40, r.deals, relative(r.deals, maxDeals)),
      component("amount", "amount served in 万元 / best agency's", 30, r.amount, relative(r.amount, maxAmount)),
      component("onSite", "share of deals with a buyer in Chengdu", 20, share, share),
      component(
        "chains",
        "distinct industry chains of its deals' results / best agency's",
        10,
        r.chains,
        relative(r.chains, maxChains),
      ),
    ];
  };
}

export interface CaseRaw {
  id: string;
  amount: number | null;
  onSite: boolean;
  answersDemand: boolean;
  brokered: boolean;
  maxTrl: number | null;
}

const flag = (b: boolean): number => (b ? 1 : 0);

/** Case score: amount 50, on-site 20, answers a demand 10, brokered 10, TRL 10. */
export function caseScorer(rows: CaseRaw[]): (r: CaseRaw) => RankingComponent[] {
  const maxAmount = maxOf(rows, (r) => r.amount ?? 0);
  return (r) => [
    component(
      "amount",
      "amount in 万元 / largest deal of the year (undisclosed = 0)",
      50,
      r.amount ?? 0,
      relative(r.amount ?? 0, maxAmount),
    ),
    component("onSite", "buyer located in Chengdu (1/0)", 20, flag(r.onSite), flag(r.onSite)),
    component("demand", "answers an enterprise demand (1/0)", 10, flag(r.answersDemand), flag(r.answersDemand)),
    component("brokered", "a broker took part (1/0)", 10, flag(r.brokered), flag(r.brokered)),
    component("trl", "highest TRL of its results / 9", 10, r.maxTrl ?? 0, relative(r.maxTrl ?? 0, 9)),
  ];
}

/** Score every row, sort by score (ties: `tie` descending, then id), keep the first `limit`, ranked from 1. */
export function rank<T extends { id: string }>(
  rows: T[],
  scorer: (r: T) => RankingComponent[],
  tie: (r: T) => number,
  limit: number,
): { row: T; rank: number; score: number; breakdown: RankingComponent[] }[] {
  return rows
    .map((row) => {
      const breakdown = scorer(row);
      return { row, score: total(breakdown), breakdown };
    })
    .sort((a, b) => b.score - a.score || tie(b.row) - tie(a.row) || a.row.id.localeCompare(b.row.id))
    .slice(0, limit)
    .map((x, i) => ({ ...x, rank: i + 1 }));
}
