/**
 * Documented, transparent match scores: a weighted sum of features in [0, 1]; the weights of each
 * ranking sum to 1, so a score is in [0, 1] and each component's contribution explains its share.
 *
 * Results for a demand:
 *   chainOverlap     0.30  share of the demand's chains the result applies to
 *   textRelevance    0.25  Lucene score on result_text (name, summary) for the demand's name and
 *                          description, divided by the best hit's score for this demand
 *   trl              0.15  TRL / 9 (unknown TRL = 0)
 *   availability     0.10  AVAILABLE 1, NEGOTIATING 0.5, TRANSFERRED 0
 *   sellerInChengdu  0.10  1 when the developer (a lab: its institution) is located in Chengdu
 *   developerRecord  0.10  n / (n + 3), n = deals the developer sold in the demand's chains: results
 *                          with the same title and summary (the same text score) from developers
 *                          with different records no longer tie
 * Brokers for a demand:
 *   specialty        0.35  share of the demand's chains the broker specialises in
 *   trackRecord      0.30  n / (n + 3), n = deals brokered in the demand's chains (3 deals → 0.5)
 *   chengduDeals     0.20  n / (n + 5), n = deals brokered whose buyer is in Chengdu (5 → 0.5)
 *   title            0.15  NONE 0, JUNIOR 1/3, INTERMEDIATE 2/3, SENIOR 1
 */
export const resultWeights = {
  chainOverlap: 0.3,
  textRelevance: 0.25,
  trl: 0.15,
  availability: 0.1,
  sellerInChengdu: 0.1,
  developerRecord: 0.1,
} as const;
export const brokerWeights = { specialty: 0.35, trackRecord: 0.3, chengduDeals: 0.2, title: 0.15 } as const;

/** Half-saturation constants of the count features. */
export const TRACK_RECORD_HALF = 3;
export const CHENGDU_DEALS_HALF = 5;
export const DEVELOPER_RECORD_HALF = 3;

export const AVAILABILITY: Record<string, number> = { AVAILABLE: 1, NEGOTIATING: 0.5, TRANSFERRED: 0 };
export const TITLE: Record<string, number> = { NONE: 0, JUNIOR: 1 / 3, INTERMEDIATE: 2 / 3, SENIOR: 1 };

export interface MatchComponent {
  name: string;
  value: number;
  weight: number;
  contribution: number;
  detail: string;
}

export interface Scored {
  score: number;
  breakdown: MatchComponent[];
}

const deals = (n: number) => `${n} deal${n === 1 ? "" : "s"}`;
const ofChains = (k: number, n: number) => `${k} of ${n} chain${n === 1 ? "" : "s"}`;

type Values<W> = Record<keyof W, number>;

/** The score: each value times its weight, summed in the weights' order (the breakdown's order). */
function weightedSum<W extends Record<string, number>>(weights: W, values: Values<W>): number {
  let score = 0;
  for (const name of Object.keys(weights) as (keyof W)[]) score += values[name] * (weights[name] as number);
  return score;
}

function combine<W extends Record<string, number>>(
  weights: W,
  values: Values<W>,
  details: Record<keyof W, string>,
): Scored {
  const breakdown = (Object.keys(weights) as (keyof W & string)[]).map((name) => {
    const weight = weights[name] as number;
    const value = values[name];
    return { name, value, weight, contribution: value * weight, detail: details[name] };
  });
  return { score: weightedSum(weights, values), breakdown };
}

export interface ResultFeatures {
  chains: string[];
  demandChainCount: number;
  textScore: number;
  bestTextScore: number;
  trl: number | null;
  status: string;
  inChengdu: boolean | null;
  districtName: string | null;
  developerDeals: number;
}

function resultValues(f: ResultFeatures): Values<typeof resultWeights> {
  return {
    chainOverlap: f.demandChainCount > 0 ? f.chains.length / f.demandChainCount : 0,
    textRelevance: f.bestTextScore > 0 ? f.textScore / f.bestTextScore : 0,
    trl: f.trl ? f.trl / 9 : 0,
    availability: AVAILABILITY[f.status] ?? 0,
    sellerInChengdu: f.inChengdu === true ? 1 : 0,
    developerRecord: f.developerDeals / (f.developerDeals + DEVELOPER_RECORD_HALF),
  };
}

/** `scoreResult(f).score` without the breakdown (for ranking many candidates). */
export const resultScore = (f: ResultFeatures): number => weightedSum(resultWeights, resultValues(f));

export function scoreResult(f: ResultFeatures): Scored {
  return combine(resultWeights, resultValues(f), {
    chainOverlap: ofChains(f.chains.length, f.demandChainCount),
    textRelevance:
      f.textScore > 0 ? `Lucene ${f.textScore.toFixed(3)} of best ${f.bestTextScore.toFixed(3)}` : "no full-text hit",
    trl: f.trl ? `TRL ${f.trl} of 9` : "TRL unknown",
    availability: f.status,
    sellerInChengdu:
      f.inChengdu === true
        ? `in Chengdu (${f.districtName ?? "?"})`
        : f.inChengdu === false
          ? `outside Chengdu (${f.districtName ?? "?"})`
          : "location unknown",
    developerRecord: `developer sold ${deals(f.developerDeals)} in the chains`,
  });
}

export interface BrokerFeatures {
  specialties: string[];
  demandChainCount: number;
  chainDeals: number;
  chengduDeals: number;
  titleLevel: string;
}

function brokerValues(f: BrokerFeatures): Values<typeof brokerWeights> {
  return {
    specialty: f.demandChainCount > 0 ? f.specialties.length / f.demandChainCount : 0,
    trackRecord: f.chainDeals / (f.chainDeals + TRACK_RECORD_HALF),
    chengduDeals: f.chengduDeals / (f.chengduDeals + CHENGDU_DEALS_HALF),
    title: TITLE[f.titleLevel] ?? 0,
  };
}

/** `scoreBroker(f).score` without the breakdown (for ranking many candidates). */
export const brokerScore = (f: BrokerFeatures): number => weightedSum(brokerWeights, brokerValues(f));

export function scoreBroker(f: BrokerFeatures): Scored {
  return combine(brokerWeights, brokerValues(f), {
    specialty: ofChains(f.specialties.length, f.demandChainCount),
    trackRecord: `${deals(f.chainDeals)} in the chains`,
    chengduDeals: `${deals(f.chengduDeals)} landed in Chengdu`,
    title: f.titleLevel,
  });
}
