// Params: none. An import finished writing: the graph version moves on again and the changing mark
// set by mark-graph-changing is cleared (analytics may cache again).
// Returns: version (the new one).
MERGE (m:TTGraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.changing = false, m.importedAt = datetime()
REMOVE m.changingSince
RETURN m.version AS version
