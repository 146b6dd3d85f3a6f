// The match features of given results for a demand's chains (full-text hits the stored list of the
// chains does not hold): TRL, status, the chains among $chainIds it applies to, its developer (the
// first by id) and that developer's location (a lab: its institution's). Instead of the developer's
// record in the chains, the number of deals it SOLD at all (a degree read): an upper bound, so
// that the record is walked only for hits that could reach the answer (count-sales-of-developers).
// Params: $ids (result ids), $chainIds.
// Returns: id, trl, status, chains (ids among $chainIds), inChengdu (Boolean or null),
// developerId (or null), developerSold (Int).
UNWIND $ids AS id
MATCH (r:Result {id: id})
WITH r, head(COLLECT { MATCH (dev)-[:DEVELOPED]->(r) RETURN dev ORDER BY dev.id LIMIT 1 }) AS dev
RETURN r.id AS id, r.trl AS trl, r.status AS status,
       [(r)-[:APPLIES_TO]->(c:IndustryChain) WHERE c.id IN $chainIds | c.id] AS chains,
       head([(dev)-[:LOCATED_IN]->(d:District) | d.inChengdu] + [(dev)-[:PART_OF]->(:Institution)-[:LOCATED_IN]->(d:District) | d.inChengdu]) AS inChengdu,
       dev.id AS developerId,
       CASE WHEN dev IS NULL THEN 0 ELSE COUNT { (dev)<-[:SELLER]-() } END AS developerSold
