// Generic nodes with the facets the explorer filters and sizes by, in the order of $ids (unknown
// ids are skipped). Facets: district (own LOCATED_IN; a Lab via its Institution; a Broker via its
// employer; a Deal via its buyer; a Demand via its poster; a Result via its developer or the
// developer's Institution), chains (own IN_CHAIN/APPLIES_TO/NEEDS/COVERS/SPECIALIZES_IN; a Deal via
// the results it transfers; a Lab or Institution via the results it developed), year and amount.
// params: $ids (list of node ids)
// returns: id, type, name, nameEn, props (all properties; the caller drops private ones), degree,
//          districtId, districtName, inChengdu, chainIds, year, amount
UNWIND range(0, size($ids) - 1) AS i
MATCH (n:Entity {id: $ids[i]})
WITH i, n, [l IN labels(n) WHERE l <> 'Entity'][0] AS type
WITH i, n, type,
  CASE
    WHEN n:District THEN n
    WHEN n:Lab THEN head(COLLECT { MATCH (n)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(d:District) RETURN d ORDER BY d.id })
    WHEN n:Broker THEN head(COLLECT { MATCH (n)-[:EMPLOYED_BY]->()-[:LOCATED_IN]->(d:District) RETURN d ORDER BY d.id })
    WHEN n:Deal THEN head(COLLECT { MATCH (n)-[:BUYER]->()-[:LOCATED_IN]->(d:District) RETURN d ORDER BY d.id })
    WHEN n:Demand THEN head(COLLECT { MATCH (n)<-[:POSTED]-()-[:LOCATED_IN]->(d:District) RETURN d ORDER BY d.id })
    WHEN n:Result THEN head(COLLECT {
      MATCH (n)<-[:DEVELOPED]-(dev)
      OPTIONAL MATCH (dev)-[:PART_OF]->(inst:Institution)
      WITH coalesce(inst, dev) AS org
      MATCH (org)-[:LOCATED_IN]->(d:District)
      RETURN d ORDER BY d.id
    })
    ELSE head(COLLECT { MATCH (n)-[:LOCATED_IN]->(d:District) RETURN d ORDER BY d.id })
  END AS district,
  CASE
    WHEN n:IndustryChain THEN [n.id]
    WHEN n:Deal THEN COLLECT { MATCH (n)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(c:IndustryChain) RETURN DISTINCT c.id AS c ORDER BY c }
    WHEN n:Lab OR n:Institution THEN COLLECT { MATCH (n)-[:DEVELOPED]->(:Result)-[:APPLIES_TO]->(c:IndustryChain) RETURN DISTINCT c.id AS c ORDER BY c }
    ELSE COLLECT { MATCH (n)-[:IN_CHAIN|APPLIES_TO|NEEDS|COVERS|SPECIALIZES_IN]->(c:IndustryChain) RETURN DISTINCT c.id AS c ORDER BY c }
  END AS chainIds
RETURN
  n.id AS id,
  type,
  n.name AS name,
  n.nameEn AS nameEn,
  properties(n) AS props,
  COUNT { (n)--() } AS degree,
  district.id AS districtId,
  district.name AS districtName,
  district.inChengdu AS inChengdu,
  chainIds,
  CASE
    WHEN n:Result OR n:Award THEN n.year
    WHEN n:Deal THEN n.signedOn.year
    WHEN n:Event THEN n.date.year
    WHEN n:Demand THEN n.postedOn.year
    WHEN n:Broker THEN n.registeredOn.year
    WHEN n:Agency THEN coalesce(n.filedOn.year, n.foundedYear)
    ELSE null
  END AS year,
  CASE WHEN n:Deal THEN n.amount WHEN n:Demand THEN n.budget ELSE null END AS amount
ORDER BY i
