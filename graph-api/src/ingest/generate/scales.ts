/**
 * How much the generator writes at each scale. Reference items (districts, chains, the named
 * universities, institutes, agencies and alliances) are the same at every scale; the counts below
 * are the synthetic nodes added on top, and the means shape the number of relationships.
 * city ≈ 200,000 nodes / 1,000,000 relationships (the real city's order of magnitude); x10 is ten
 * times city for growth tests; demo ≈ 3,000 nodes for `npm start`.
 */
export type ScaleName = "demo" | "city" | "x10";

export const SCALE_NAMES: readonly ScaleName[] = ["demo", "city", "x10"];

export interface ScaleSpec {
  /** Synthetic node counts. */
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
  /** Mean number of events a broker attended. */
  attendedPerBroker: number;
}

const CITY: ScaleSpec = {
  institutions: 400,
  labs: 3_000,
  agencies: 1_500,
  alliances: 20,
  enterprises: 55_000,
  brokers: 20_000,
  events: 4_000,
  platforms: 600,
  results: 60_000,
  demands: 25_000,
  deals: 30_000,
  attendedPerBroker: 19,
};

const times = (s: ScaleSpec, k: number): ScaleSpec =>
  Object.fromEntries(
    Object.entries(s).map(([key, v]) => [key, key === "attendedPerBroker" ? v : Math.round(v * k)]),
  ) as unknown as ScaleSpec;

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
  },
  city: CITY,
  x10: times(CITY, 10),
};

export function isScaleName(s: string): s is ScaleName {
  return (SCALE_NAMES as readonly string[]).includes(s);
}
