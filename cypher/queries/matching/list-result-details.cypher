// Name, kind, developer, the developer's location and its record in the demand's chains of results
// (the finalists of a matching). The record: deals the developer SOLD that transferred a result
// applying to one of $chainIds.
// Params: $ids (list of result ids), $chainIds (the demand's chains).
// Returns: id, name, kind, developer ({id, name, type} or null; the first by id when several),
// districtName, inChengdu (the developer's district — a lab's: its institution's — or null),
// developerDeals (Int, 0 without a developer).
UNWIND $ids AS id
MATCH (r:Result {id: id})
OPTIONAL CALL (r) {
  MATCH (dev)-[:DEVELOPED]->(r)
  RETURN dev ORDER BY dev.id LIMIT 1
}
WITH r, dev, head([(dev)-[:LOCATED_IN]->(d:District) | d] + [(dev)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(d:District) | d]) AS district
RETURN r.id AS id, r.name AS name, r.kind AS kind,
       CASE WHEN dev IS NULL THEN null ELSE {id: dev.id, name: dev.name, type: [l IN labels(dev) WHERE l <> 'Entity'][0]} END AS developer,
       district.name AS districtName, district.inChengdu AS inChengdu,
       CASE WHEN dev IS NULL THEN 0 ELSE COUNT {
         MATCH (dev)<-[:SELLER]-(d:Deal)-[:TRANSFERS]->(:Result)-[:APPLIES_TO]->(c:IndustryChain)
         WHERE c.id IN $chainIds
         RETURN DISTINCT d
       } END AS developerDeals
