// Release the analytics lock when the caller holds it, recording how the run ended.
// Params: $owner, $outcome (String: 'done' or an error message).
// Returns: nothing.
MATCH (l:AnalyticsLock {key: 'analytics'})
WHERE l.owner = $owner
SET l.owner = null, l.expiresAt = null, l.lastOutcome = $outcome, l.lastTask = l.task, l.finishedAt = datetime()
