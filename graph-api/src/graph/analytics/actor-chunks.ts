/**
 * How a period's actors are laid out in (:NetworkChunk) nodes: an actor's chunk is a hash of its
 * id modulo the period's chunk count (so one actor is found by id with one index seek and a scan
 * of a few hundred ids), its position is its place in that chunk, and everything refers to it by
 * `ref` = chunk · 65536 + position. Arrays in a chunk are aligned by position. Small chunks keep
 * a read cheap (a request reads whole arrays of every chunk it touches: one per actor at worst);
 * written many per transaction, they still make a few hundred writes at 300,000 organisations.
 */

/**
 * The numbers stored per actor in a chunk's `metrics` array, in this order (analytics-store.ts).
 * Ranks: 1 = best, 0 = none.
 */
export const METRIC_FIELDS = [
  "inChengdu",
  "degree",
  "weightedDegree",
  "degreeCentrality",
  "betweenness",
  "pagerank",
  "community",
  "communityRank",
  "constraint",
  "effectiveSize",
  "pagerankRank",
  "betweennessRank",
  "degreeRank",
  "weightedDegreeRank",
  "effectiveSizeRank",
  "constraintRank",
] as const;
/** Brokerage role counts per actor and grouping: five roles, total, unclassified. */
export const ROLE_FIELDS = 7;

/** Actors per chunk, on average. */
export const CHUNK_SIZE = 64;
const POSITIONS = 65_536;

export const refOf = (chunk: number, position: number): number => chunk * POSITIONS + position;
export const chunkOfRef = (ref: number): number => Math.floor(ref / POSITIONS);

export function chunkCount(actors: number): number {
  return Math.max(1, Math.ceil(actors / CHUNK_SIZE));
}

/** FNV-1a (32 bits) of the id's UTF-16 code units: stable across processes and versions. */
export function chunkOfId(id: string, chunks: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % chunks;
}
