// Raw ranking components of every Broker with a deal signed in [$from, $to] (scored in
// rankings.ts): credit c = 1 for LEAD, 0.5 for SUPPORT (the higher one if both); on-site when a
// buyer is located in a Chengdu district; training hours of TRAINING events in the period.
// params: $from, $to (ISO dates, inclusive)
// returns: per broker: id, credited (Σc), creditedAmount (Σ c × amount, null = 0),
//          onSiteCredited (Σc of on-site deals), trainingHours
MATCH (d:Deal)
WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
MATCH (b:Broker)-[x:BROKERED]->(d)
WITH b, d, max(CASE x.role WHEN 'LEAD' THEN 1.0 ELSE 0.5 END) AS credit
WITH b, d, credit,
  EXISTS { (d)-[:BUYER]->(:Enterprise)-[:LOCATED_IN]->(:District {inChengdu: true}) } AS onSite
WITH b,
  sum(credit) AS credited,
  sum(credit * coalesce(d.amount, 0.0)) AS creditedAmount,
  sum(CASE WHEN onSite THEN credit ELSE 0.0 END) AS onSiteCredited
RETURN b.id AS id, credited, creditedAmount, onSiteCredited,
  reduce(h = 0.0, v IN COLLECT {
    MATCH (b)-[a:ATTENDED]->(e:Event)
    WHERE e.kind = 'TRAINING' AND e.date >= date($from) AND e.date <= date($to)
    RETURN coalesce(a.hours, 0.0)
  } | h + v) AS trainingHours
