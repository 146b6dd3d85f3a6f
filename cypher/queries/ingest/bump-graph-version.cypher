// Params: none. Bumps the graph version after an import or a GraphQL mutation (analytics caches key on it).
// Returns: version (the new one).
MERGE (m:TTGraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.importedAt = datetime()
RETURN m.version AS version
