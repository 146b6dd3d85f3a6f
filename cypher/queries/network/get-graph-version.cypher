// Params: none.
// Returns: version (Int; 0 when nothing recorded one) — every import and GraphQL mutation bumps
// (:TTGraphMeta {key:'graph'}).version; the analytics caches are keyed by it — and changing
// (Boolean): true while an import is writing, or after one was interrupted, when nothing computed
// on the graph may be cached.
OPTIONAL MATCH (m:TTGraphMeta {key: 'graph'})
RETURN coalesce(m.version, 0) AS version, coalesce(m.changing, false) AS changing
