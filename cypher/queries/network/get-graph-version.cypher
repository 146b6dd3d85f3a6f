// Params: none.
// Returns: version (Int; 0 when the importer has not recorded one) — the importer bumps
// (:TTGraphMeta {key:'graph'}).version on every import; the network cache is keyed by it.
OPTIONAL MATCH (m:TTGraphMeta {key: 'graph'})
RETURN coalesce(m.version, 0) AS version
