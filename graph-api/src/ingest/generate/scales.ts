/**
 * How much the generator writes at each scale, and in what proportions. Reference items
 * (districts, chains, the named universities, institutes, agencies and alliances) are the same at
 * every scale; the counts below are the synthetic nodes added on top, the means shape the number
 * of relationships, and the mix fields set the shares the plan's indicators count.
 *
 * - demo ≈ 3,000 nodes for `npm start`: a small sample, far below the plan's targets.
 * - city ≈ 200,000 nodes / 1,000,000 relationships: Chengdu's technology-transfer network at the
 *   size the 2024 three-year plan works with — about 8,000 registered brokers of whom ≈ 300 hold an
 *   intermediate or senior title, ≈ 100 filed agencies among ≈ 600, about 100 training sessions in
 *   the plan's window, and ≈ 4,000 deals a year through the network. Its plan indicators land near
 *   their targets at the end of the window, some districts ahead of their share and some behind.
 * - x10: ten times the city's counts in the same proportions, for growth tests.
 */
export type ScaleName = "demo" | "city" | "x10";

export const SCALE_NAMES: readonly ScaleName[] = ["demo", "city", "x10"];

/** Synthetic node counts (the part of a scale that x10 multiplies). */
export interface ScaleCounts {
  institutions: number;
  labs: number;
  agencies: number;
  alliances: number;
  enterprises: number;
  brokers: number;
  events: number;
  platforms: number;
  results: number;
  demands: number;
  deals: number;
}

/** Proportions: the same for a scale and its multiples. */
export interface ScaleMix {
  /** Mean number of events a broker attended. */
  attendedPerBroker: number;
  /** Chance that one of a broker's attendances is a TRAINING session (实训) rather than another event. */
  trainingAttendance: number;
  /** Relative weights of broker titles NONE, JUNIOR, INTERMEDIATE, SENIOR. */
  titleWeights: readonly [number, number, number, number];
  /** Relative weights of synthetic agency levels NATIONAL, MUNICIPAL_FILED, UNFILED. */
  agencyLevelWeights: readonly [number, number, number];
  /** Relative weights of event kinds MATCHMAKING, ROADSHOW, SALON, FORUM, TRAINING, LECTURE. */
  eventKindWeights: readonly [number, number, number, number, number, number];
}

export type ScaleSpec = ScaleCounts & ScaleMix;

const CITY: ScaleSpec = {
  institutions: 400,
  labs: 3_000,
  agencies: 600,
  alliances: 20,
  enterprises: 68_000,
  brokers: 8_000,
  events: 4_000,
  platforms: 600,
  results: 62_000,
  demands: 25_000,
  deals: 30_000,
  attendedPerBroker: 52,
  trainingAttendance: 0.031,
  titleWeights: [62, 34.3, 2.9, 0.8],
  agencyLevelWeights: [1, 15, 84],
  eventKindWeights: [33, 20, 13, 10, 7, 17],
};

const times = (s: ScaleSpec, k: number): ScaleSpec => {
  const counts: ScaleCounts = {
    institutions: s.institutions * k,
    labs: s.labs * k,
    agencies: s.agencies * k,
    alliances: s.alliances * k,
    enterprises: s.enterprises * k,
    brokers: s.brokers * k,
    events: s.events * k,
    platforms: s.platforms * k,
    results: s.results * k,
    demands: s.demands * k,
    deals: s.deals * k,
  };
  return { ...s, ...counts };
};

export const SCALES: Record<ScaleName, ScaleSpec> = {
  demo: {
    institutions: 12,
    labs: 60,
    agencies: 40,
    alliances: 2,
    enterprises: 850,
    brokers: 400,
    events: 90,
    platforms: 20,
    results: 800,
    demands: 300,
    deals: 380,
    attendedPerBroker: 6,
    trainingAttendance: 0.62,
    titleWeights: [45, 30, 18, 7],
    agencyLevelWeights: [3, 35, 62],
    eventKindWeights: [30, 18, 10, 8, 24, 10],
  },
  city: CITY,
  x10: times(CITY, 10),
};

export function isScaleName(s: string): s is ScaleName {
  return (SCALE_NAMES as readonly string[]).includes(s);
}
