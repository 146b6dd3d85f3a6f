// Every slot with stored rows or a period node: complete ones (a NetworkPeriod) and leftovers of
// an interrupted run (metric rows without one).
// Params: none.
// Returns: slot, graphVersion (Int or null), period, complete (Boolean).
CALL {
  MATCH (p:NetworkPeriod) RETURN p.slot AS slot
  UNION
  MATCH (m:NetworkMetric) RETURN DISTINCT m.slot AS slot
}
OPTIONAL MATCH (p:NetworkPeriod {slot: slot})
RETURN slot, p.graphVersion AS graphVersion, p.period AS period, p IS NOT NULL AS complete
