// Params: none. An import is about to write: the graph version moves on and the graph is marked as
// changing, so analytics caches drop what they computed on the graph before, and keep nothing
// computed on a graph that is half written. An import that finishes runs finish-graph-change; one
// that is interrupted leaves the mark until the next import finishes.
// Returns: version (the new one).
MERGE (m:TTGraphMeta {key: 'graph'})
SET m.version = coalesce(m.version, 0) + 1, m.changing = true, m.changingSince = datetime()
RETURN m.version AS version
