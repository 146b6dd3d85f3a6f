/** Documents and variables of the attacks the request limits were built against. */

/** `n` fragments, each spreading the next one twice: 2^n fields once spread out. */
export function fragmentBomb(n: number): string {
  const fragments = Array.from({ length: n }, (_, i) =>
    i < n - 1 ? `fragment F${i} on Broker { id ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Broker { id }`,
  );
  return `{ brokers(limit: 1) { ...F0 } } ${fragments.join(" ")}`;
}

/**
 * A Broker `where` that follows deals and brokers alternately, `levels` relationships deep (two
 * input objects per level): `{ deals: { some: { brokers: { some: … { name: { eq: "x" } } } } } }`.
 * `levels` must be even (the outermost relationship is Broker.deals).
 */
export function deepWhere(levels: number): Record<string, unknown> {
  let where: Record<string, unknown> = { name: { eq: "x" } };
  for (let i = 0; i < levels; i++) where = i % 2 === 0 ? { brokers: { some: where } } : { deals: { some: where } };
  return where;
}

/** A JSON value written as a GraphQL literal (`{"a":1}` → `{a:1}`). */
export function literal(value: unknown): string {
  return JSON.stringify(value).replace(/"(\w+)":/g, "$1:");
}
