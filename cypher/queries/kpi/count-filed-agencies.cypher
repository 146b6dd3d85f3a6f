// KPI "agencies with level NATIONAL or MUNICIPAL_FILED" (docs/domain.md): the current stock; by the
// agency's own district (LOCATED_IN).
// params: none
// returns: one row: current, unassigned (no district), byDistrict (districtId, name, inChengdu, value)
MATCH (a:Agency)
WHERE a.level IN ['NATIONAL', 'MUNICIPAL_FILED']
WITH a, COLLECT { MATCH (a)-[:LOCATED_IN]->(d:District) RETURN DISTINCT d } AS ds
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
