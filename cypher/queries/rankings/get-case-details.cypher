// Details of ranked cases (deals): name, kind, date, sellers and buyer.
// params: $ids (Deal ids)
// returns: per deal: id, name, kind, signedOn (ISO), amount, sellers, buyer (maps id, name, type)
MATCH (d:Deal)
WHERE d.id IN $ids
RETURN d.id AS id, d.name AS name, d.kind AS kind, toString(d.signedOn) AS signedOn, d.amount AS amount,
  COLLECT { MATCH (d)-[:SELLER]->(s) RETURN s {.id, .name, type: [l IN labels(s) WHERE l <> 'Entity'][0]} ORDER BY s.id } AS sellers,
  head(COLLECT { MATCH (d)-[:BUYER]->(e:Enterprise) RETURN e {.id, .name, type: 'Enterprise'} ORDER BY e.id }) AS buyer
