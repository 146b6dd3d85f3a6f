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

function combine<W extends Record<string, number>>(
  weights: W,
  parts: Record<keyof W, { value: number; detail: string }>,
): Scored {
  const breakdown = (Object.keys(weights) as (keyof W & string)[]).map((name) => {
    const { value, detail } = parts[name];
    const weight = weights[name] as number;
    return { name, value, weight, contribution: value * weight, detail };
  });
  return { score: breakdown.reduce((s, c) => s + c.contribution, 0), breakdown };
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

export function scoreResult(f: ResultFeatures): Scored {
  const overlap = f.demandChainCount > 0 ? f.chains.length / f.demandChainCount : 0;
  const text = f.bestTextScore > 0 ? f.textScore / f.bestTextScore : 0;
  return combine(resultWeights, {
    chainOverlap: { value: overlap, detail: ofChains(f.chains.length, f.demandChainCount) },
    textRelevance: {
      value: text,
      detail:
        f.textScore > 0 ? `Lucene ${f.textScore.toFixed(3)} of best ${f.bestTextScore.toFixed(3)}` : "no full-text hit",
    },
    trl: { value: f.trl ? f.trl / 9 : 0, detail: f.trl ? `TRL ${f.trl} of 9` : "TRL unknown" },
    availability: { value: AVAILABILITY[f.status] ?? 0, detail: f.status },
    sellerInChengdu: {
      value: f.inChengdu === true ? 1 : 0,
      detail:
        f.inChengdu === true
          ? `in Chengdu (${f.districtName ?? "?"})`
          : f.inChengdu === false
            ? `outside Chengdu (${f.districtName ?? "?"})`
            : "location unknown",
    },
    developerRecord: {
      value: f.developerDeals / (f.developerDeals + DEVELOPER_RECORD_HALF),
      detail: `developer sold ${deals(f.developerDeals)} in the chains`,
    },
  });
}

export interface BrokerFeatures {
  specialties: string[];
  demandChainCount: number;
  chainDeals: number;
  chengduDeals: number;
  titleLevel: string;
}

export function scoreBroker(f: BrokerFeatures): Scored {
  return combine(brokerWeights, {
    specialty: {
      value: f.demandChainCount > 0 ? f.specialties.length / f.demandChainCount : 0,
      detail: ofChains(f.specialties.length, f.demandChainCount),
    },
    trackRecord: {
      value: f.chainDeals / (f.chainDeals + TRACK_RECORD_HALF),
      detail: `${deals(f.chainDeals)} in the chains`,
    },
    chengduDeals: {
      value: f.chengduDeals / (f.chengduDeals + CHENGDU_DEALS_HALF),
      detail: `${deals(f.chengduDeals)} landed in Chengdu`,
    },
    title: { value: TITLE[f.titleLevel] ?? 0, detail: f.titleLevel },
  });
}
