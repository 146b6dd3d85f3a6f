// Hours of TRAINING events dated in [$from, $to] per attending Broker (null hours count 0).
// Starts from the few training events of the period (date index) rather than from each broker's
// attendances; the broker ranking joins the result by id.
// params: $from, $to (ISO dates, inclusive)
// returns: per broker that attended: id, hours
MATCH (e:Event)
WHERE e.date >= date($from) AND e.date <= date($to) AND e.kind = 'TRAINING'
MATCH (b)-[a:ATTENDED]->(e) // only brokers attend (domain model)
RETURN b.id AS id, sum(coalesce(a.hours, 0.0)) AS hours
