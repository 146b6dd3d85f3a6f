// The analytics runner's state: who holds the lock, on what, and how far it is.
// Params: none.
// Returns: running (Boolean), owner, task, phase, done, total, startedAt, lastOutcome, lastTask,
// finishedAt, runs (Int: runs started so far).
OPTIONAL MATCH (l:AnalyticsLock {key: 'analytics'})
RETURN l IS NOT NULL AND l.owner IS NOT NULL AND l.expiresAt >= datetime() AS running,
       l.owner AS owner, l.task AS task, l.phase AS phase, l.done AS done, l.total AS total,
       toString(l.startedAt) AS startedAt, l.lastOutcome AS lastOutcome, l.lastTask AS lastTask,
       toString(l.finishedAt) AS finishedAt, coalesce(l.runs, 0) AS runs
