// Name, kind, developer and the developer's location of results (the finalists of a matching);
// the developer's record comes from count-developer-sales (one walk from the chains for all
// finalists, not one walk of each developer's deals).
// Params: $ids (list of result ids).
// Returns: id, name, kind, developer ({id, name, type} or null; the first by id when several),
// districtName, inChengdu (the developer's district — a lab's: its institution's — or null).
UNWIND $ids AS id
MATCH (r:Result {id: id})
OPTIONAL CALL (r) {
  MATCH (dev)-[:DEVELOPED]->(r)
  RETURN dev ORDER BY dev.id LIMIT 1
}
WITH r, dev, head([(dev)-[:LOCATED_IN]->(d:District) | d] + [(dev)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(d:District) | d]) AS district
RETURN r.id AS id, r.name AS name, r.kind AS kind,
       CASE WHEN dev IS NULL THEN null ELSE {id: dev.id, name: dev.name, type: [l IN labels(dev) WHERE l <> 'Entity'][0]} END AS developer,
       district.name AS districtName, district.inChengdu AS inChengdu
