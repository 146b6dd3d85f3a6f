// The directed flows seller → intermediary → buyer of the deals in a period, for the
// Gould–Fernandez brokerage roles: intermediaries are brokers that BROKERED and agencies that
// SERVED a deal; each distinct (intermediary, seller, buyer) once.
// Params: $from, $to (String 'YYYY-MM-DD' or null = open; on Deal.signedOn, inclusive).
// Returns: intermediaryId, sellerId, buyerId.
MATCH (d:Deal)
WHERE ($from IS NULL OR d.signedOn >= date($from)) AND ($to IS NULL OR d.signedOn <= date($to))
MATCH (d)-[:SELLER]->(s:Entity)
MATCH (d)-[:BUYER]->(b:Entity)
CALL (d) {
  MATCH (i:Broker)-[:BROKERED]->(d)
  RETURN i
  UNION
  MATCH (i:Agency)-[:SERVED]->(d)
  RETURN i
}
WITH DISTINCT i.id AS intermediaryId, s.id AS sellerId, b.id AS buyerId
RETURN intermediaryId, sellerId, buyerId
