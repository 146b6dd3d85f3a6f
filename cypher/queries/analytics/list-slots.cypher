// Every slot with a period node, chunks or lists: complete ones (a NetworkPeriod) and leftovers of an
// interrupted run (chunks or lists without one).
// Params: none.
// Returns: slot, graphVersion (Int or null), period, complete (Boolean), format (Int or null: the
// storage layout), computedAt (ISO string or null).
CALL {
  MATCH (p:NetworkPeriod) RETURN p.slot AS slot
  UNION
  MATCH (c:NetworkChunk|AnalyticsList) RETURN DISTINCT c.slot AS slot
}
OPTIONAL MATCH (p:NetworkPeriod {slot: slot})
RETURN slot, p.graphVersion AS graphVersion, p.period AS period, p IS NOT NULL AS complete,
       p.format AS format, toString(p.computedAt) AS computedAt
