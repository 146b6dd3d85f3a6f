// Raw ranking components of every Deal signed in [$from, $to] (scored in rankings.ts).
// params: $from, $to (ISO dates, inclusive)
// returns: per deal: id, amount (may be null), onSite (a buyer in a Chengdu district),
//          answersDemand, brokered, maxTrl (highest TRL of its results, null when none)
MATCH (d:Deal)
WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
RETURN d.id AS id, d.amount AS amount,
  EXISTS { (d)-[:BUYER]->(:Enterprise)-[:LOCATED_IN]->(:District {inChengdu: true}) } AS onSite,
  EXISTS { (d)-[:ANSWERS]->(:Demand) } AS answersDemand,
  EXISTS { (:Broker)-[:BROKERED]->(d) } AS brokered,
  reduce(m = null, t IN COLLECT { MATCH (d)-[:TRANSFERS]->(r:Result) WHERE r.trl IS NOT NULL RETURN r.trl } |
    CASE WHEN m IS NULL OR t > m THEN t ELSE m END) AS maxTrl
