// KPI "brokers with INTERMEDIATE or SENIOR title" (docs/domain.md): the current stock (the model has no
// title date, so the window does not apply); by district of the broker's employers
// (EMPLOYED_BY → LOCATED_IN; a broker counts once in each such district).
// params: none
// returns: one row: current, unassigned (no district), byDistrict (districtId, name, inChengdu, value)
MATCH (b:Broker)
WHERE b.titleLevel IN ['INTERMEDIATE', 'SENIOR']
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
