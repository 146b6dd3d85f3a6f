// Raw ranking components of every Broker with a deal signed in [$from, $to] (scored in
// rankings.ts): credit c = 1 for LEAD, 0.5 for SUPPORT (the higher one if both); on-site when a
// buyer is located in a Chengdu district. Training hours come from sum-training-hours.cypher.
// params: $from, $to (ISO dates, inclusive)
// returns: per broker: id, credited (Σc), creditedAmount (Σ c × amount, null = 0),
//          onSiteCredited (Σc of on-site deals)
MATCH (d:Deal)
WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
// once per deal, before fanning out to its brokers
WITH d, coalesce(d.amount, 0.0) AS amount,
  EXISTS { (d)-[:BUYER]->(:Enterprise)-[:LOCATED_IN]->(:District {inChengdu: true}) } AS onSite
MATCH (b:Broker)-[x:BROKERED]->(d)
WITH b, d, amount, onSite, max(CASE x.role WHEN 'LEAD' THEN 1.0 ELSE 0.5 END) AS credit
RETURN b.id AS id,
  sum(credit) AS credited,
  sum(credit * amount) AS creditedAmount,
  sum(CASE WHEN onSite THEN credit ELSE 0.0 END) AS onSiteCredited
