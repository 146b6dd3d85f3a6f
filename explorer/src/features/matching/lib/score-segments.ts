/**
 * A score breakdown → the segments of a stacked bar. Scores of matchResults and recommendBrokers
 * are in [0, 1] with weights summing to 1, so the full track is a score of 1 and each segment's
 * width is its contribution in percent; the gap to the right is what the candidate lacks.
 */

export interface Component {
  name: string;
  value: number;
  weight: number;
  contribution: number;
  detail?: string;
}

export interface Segment {
  name: string;
  /** Width in percent of the track. */
  width: number;
  color: string;
  /** Tooltip: name, value × weight = contribution, detail. */
  title: string;
}

/** One colour per component name, stable across rows so the legend reads for every bar. */
export const COMPONENT_COLORS: Record<string, string> = {
  chainOverlap: "#4e79a7",
  textRelevance: "#f28e2b",
  trl: "#59a14f",
  availability: "#76b7b2",
  sellerInChengdu: "#e15759",
  developerRecord: "#b07aa1",
  specialty: "#4e79a7",
  trackRecord: "#f28e2b",
  chengduDeals: "#e15759",
  title: "#59a14f",
};
const FALLBACK = ["#b07aa1", "#edc948", "#9c755f", "#bab0ac"];

export function componentColor(name: string, index = 0): string {
  return COMPONENT_COLORS[name] ?? FALLBACK[index % FALLBACK.length] ?? "#999";
}

const pct = (x: number): number => Math.round(x * 1000) / 10;

export function scoreSegments(breakdown: readonly Component[], label: (name: string) => string = (n) => n): Segment[] {
  return breakdown
    .filter((c) => c.contribution > 0)
    .map((c, i) => ({
      name: c.name,
      width: pct(Math.min(1, Math.max(0, c.contribution))),
      color: componentColor(c.name, i),
      title: `${label(c.name)}: ${c.value.toFixed(2)} × ${c.weight} = ${c.contribution.toFixed(3)}${c.detail ? ` (${c.detail})` : ""}`,
    }));
}

/** Legend entries: every component name in first-seen order across the rows. */
export function legendOf(
  rows: readonly { breakdown: readonly Component[] }[],
): { name: string; color: string; weight: number }[] {
  const seen = new Map<string, { name: string; color: string; weight: number }>();
  for (const r of rows)
    r.breakdown.forEach(
      (c, i) =>
        seen.has(c.name) || seen.set(c.name, { name: c.name, color: componentColor(c.name, i), weight: c.weight }),
    );
  return [...seen.values()];
}
