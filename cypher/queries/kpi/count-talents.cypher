// KPI "talents trained or introduced" (domain.md): distinct Brokers registeredOn in [$from, $to]
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
  MATCH (b:Broker)-[:ATTENDED]->(e)
  RETURN b
}
WITH b, COLLECT { MATCH (b)-[:EMPLOYED_BY]->()-[:LOCATED_IN]->(d:District) RETURN DISTINCT d } AS ds
WITH collect(ds) AS perItem
RETURN
  size(perItem) AS current,
  size([x IN perItem WHERE size(x) = 0]) AS unassigned,
  COLLECT {
    UNWIND perItem AS ds
    UNWIND ds AS d
    WITH d, count(*) AS v
    RETURN {districtId: d.id, name: d.name, inChengdu: d.inChengdu, value: v}
  } AS byDistrict
