// Take the analytics lock (one runner at a time across processes) unless another owner holds an
// unexpired lease. The first SET takes Neo4j's write lock on the node, so two callers serialise
// and the second sees the first one's owner.
// Params: $owner (String), $leaseSeconds (Int), $task (String).
// Returns: acquired (Boolean), owner, task, phase, done, total, startedAt (of the current holder).
MERGE (l:AnalyticsLock {key: 'analytics'})
SET l.touchedAt = datetime()
WITH l, (l.owner IS NULL OR l.owner = $owner OR l.expiresAt < datetime()) AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.expiresAt = CASE WHEN free THEN datetime() + duration({seconds: $leaseSeconds}) ELSE l.expiresAt END,
    l.task = CASE WHEN free THEN $task ELSE l.task END,
    l.phase = CASE WHEN free THEN 'starting' ELSE l.phase END,
    l.done = CASE WHEN free THEN 0 ELSE l.done END,
    l.total = CASE WHEN free THEN 0 ELSE l.total END,
    l.startedAt = CASE WHEN free THEN datetime() ELSE l.startedAt END,
    l.runs = CASE WHEN free THEN coalesce(l.runs, 0) + 1 ELSE l.runs END
RETURN free AS acquired, l.owner AS owner, l.task AS task, l.phase AS phase, l.done AS done, l.total AS total,
       toString(l.startedAt) AS startedAt
