// Public details of ranked brokers: name, title and employers (never contact fields).
// params: $ids (Broker ids)
// returns: per broker: id, name, titleLevel, employers (maps id, name, type)
MATCH (b:Broker)
WHERE b.id IN $ids
RETURN b.id AS id, b.name AS name, b.titleLevel AS titleLevel,
  COLLECT { MATCH (b)-[:EMPLOYED_BY]->(o) RETURN o {.id, .name, type: [l IN labels(o) WHERE l <> 'Entity'][0]} ORDER BY o.id } AS employers
