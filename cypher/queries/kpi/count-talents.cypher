// KPI "talents trained or introduced" (docs/domain.md): distinct Brokers registeredOn in [$from, $to]
// or that ATTENDED a TRAINING event dated in it; by district of the broker's employers
// (EMPLOYED_BY → LOCATED_IN; a broker counts once in each such district).
// params: $from, $to (ISO dates, inclusive)
// returns: one row: current, unassigned (no district), byDistrict (districtId, name, inChengdu, value)
CALL () {
  MATCH (b:Broker)
  WHERE b.registeredOn >= date($from) AND b.registeredOn <= date($to)
  RETURN b
  UNION
  MATCH (e:Event)
  WHERE e.date >= date($from) AND e.date <= date($to) AND e.kind = 'TRAINING'
  MATCH (b)-[:ATTENDED]->(e) // only brokers attend (domain model)
  RETURN b
}
WITH collect(b) AS brokers
// each employer's district is looked up once, not once per broker
OPTIONAL CALL (brokers) {
  UNWIND brokers AS b
  MATCH (b)-[:EMPLOYED_BY]->(o)
  WITH o, collect(b) AS staff
  MATCH (o)-[:LOCATED_IN]->(d:District)
  UNWIND staff AS b
  WITH DISTINCT d, b
  RETURN d, collect(b) AS located
}
WITH brokers, collect(CASE WHEN d IS NOT NULL THEN {districtId: d.id, name: d.name, inChengdu: d.inChengdu, value: size(located)} END) AS byDistrict,
  collect(located) AS locatedLists
RETURN
  size(brokers) AS current,
  size(brokers) - COUNT { UNWIND locatedLists AS l UNWIND l AS b RETURN DISTINCT b } AS unassigned,
  byDistrict
