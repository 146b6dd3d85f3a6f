// KPI "TRAINING events in the window" (docs/domain.md): Events of kind TRAINING dated in [$from, $to];
// by the event's district (LOCATED_IN).
// params: $from, $to (ISO dates, inclusive)
// returns: one row: current, unassigned (no district), byDistrict (districtId, name, inChengdu, value)
MATCH (e:Event)
WHERE e.date >= date($from) AND e.date <= date($to) AND e.kind = 'TRAINING'
WITH e, COLLECT { MATCH (e)-[:LOCATED_IN]->(d:District) RETURN DISTINCT d } AS ds
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
