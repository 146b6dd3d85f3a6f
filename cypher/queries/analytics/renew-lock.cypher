// Extend the lease of the analytics lock and publish the runner's progress.
// Params: $owner, $leaseSeconds (Int), $phase (String), $done (Int), $total (Int).
// Returns: held (Boolean; false when the lease was lost to another runner).
OPTIONAL MATCH (l:AnalyticsLock {key: 'analytics'})
WHERE l.owner = $owner
SET l.expiresAt = datetime() + duration({seconds: $leaseSeconds}), l.phase = $phase, l.done = $done, l.total = $total
RETURN l IS NOT NULL AS held
