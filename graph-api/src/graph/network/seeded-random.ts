/**
 * A seeded uniform [0, 1) source so that Louvain and betweenness sampling are repeatable: the
 * Mersenne Twister of @faker-js/faker, the PRNG the demo-data generator already uses.
 */
import { generateMersenne53Randomizer } from "@faker-js/faker";

export function seededRandom(seed: number): () => number {
  const randomizer = generateMersenne53Randomizer();
  randomizer.seed(seed);
  return () => randomizer.next();
}
