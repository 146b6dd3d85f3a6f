// Headline figures of an annual report for one period (a calendar year): deals signed in it and
// their amount (null = 0), distinct results they transfer; the stocks at its end — brokers
// registered by then and, of those, titled ones (INTERMEDIATE or SENIOR; the model has no title
// date), agencies filed (NATIONAL or MUNICIPAL_FILED) by then — and TRAINING events held in it.
// Items whose date is unknown are counted apart: brokers without registeredOn, filed agencies
// without filedOn (these count as filed in every year).
// params: $from, $to (ISO dates, inclusive)
// returns: one row: deals, amount, resultsTransferred, brokers, titledBrokers, brokersUndated,
//          filedAgencies, filedAgenciesUndated, trainings
CALL () {
  MATCH (d:Deal)
  WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
  RETURN count(d) AS deals, sum(coalesce(d.amount, 0.0)) AS amount
}
CALL () {
  MATCH (d:Deal)-[:TRANSFERS]->(r:Result)
  WHERE d.signedOn >= date($from) AND d.signedOn <= date($to)
  RETURN count(DISTINCT r) AS resultsTransferred
}
CALL () {
  MATCH (b:Broker)
  RETURN
    count(CASE WHEN b.registeredOn <= date($to) THEN 1 END) AS brokers,
    count(CASE WHEN b.registeredOn <= date($to) AND b.titleLevel IN ['INTERMEDIATE', 'SENIOR'] THEN 1 END) AS titledBrokers,
    count(CASE WHEN b.registeredOn IS NULL THEN 1 END) AS brokersUndated
}
CALL () {
  MATCH (a:Agency)
  WHERE a.level IN ['NATIONAL', 'MUNICIPAL_FILED']
  RETURN
    count(CASE WHEN a.filedOn IS NULL OR a.filedOn <= date($to) THEN 1 END) AS filedAgencies,
    count(CASE WHEN a.filedOn IS NULL THEN 1 END) AS filedAgenciesUndated
}
CALL () {
  MATCH (e:Event)
  WHERE e.date >= date($from) AND e.date <= date($to) AND e.kind = 'TRAINING'
  RETURN count(e) AS trainings
}
RETURN deals, amount, resultsTransferred, brokers, titledBrokers, brokersUndated, filedAgencies,
  filedAgenciesUndated, trainings
