// Delete up to $batch metric rows of a slot (called until it returns 0), then the period node.
// Params: $slot, $batch (Int).
// Returns: deleted (Int).
CALL {
  MATCH (m:NetworkMetric {slot: $slot})
  WITH m LIMIT toInteger($batch)
  DELETE m
  RETURN count(*) AS rows
}
OPTIONAL MATCH (p:NetworkPeriod {slot: $slot})
WITH rows, p, rows < $batch AS last
FOREACH (_ IN CASE WHEN last AND p IS NOT NULL THEN [1] ELSE [] END | DELETE p)
RETURN rows AS deleted
