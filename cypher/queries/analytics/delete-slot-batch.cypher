// Delete up to $batch chunks and lists of a slot (called until it returns fewer), then its
// period node.
// Params: $slot, $batch (Int).
// Returns: deleted (Int).
CALL {
  MATCH (c:NetworkChunk|AnalyticsList {slot: $slot})
  WITH c LIMIT toInteger($batch)
  DELETE c
  RETURN count(*) AS rows
}
OPTIONAL MATCH (p:NetworkPeriod {slot: $slot})
WITH rows, p, rows < toInteger($batch) AS last
FOREACH (_ IN CASE WHEN last AND p IS NOT NULL THEN [1] ELSE [] END | DELETE p)
RETURN rows AS deleted
