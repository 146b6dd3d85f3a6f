// Params: none. Bumps the graph version after a GraphQL mutation (analytics caches key on it); an
// import's changing mark (mark-graph-changing) is left as it is.
// Returns: version (the new one).
MERGE (m:TTGraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1
RETURN m.version AS version
