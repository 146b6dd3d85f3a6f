// 004: stored analytics. Per graph version and period a `slot` (e.g. '7|2024-01-01..2024-12-31'):
// one (:NetworkPeriod) with the period's figures and rankings, and (:NetworkChunk) nodes holding
// the actors' metrics as aligned arrays, a few hundred actors each (an actor's chunk follows from
// a hash of its id); (:AnalyticsList) nodes hold precomputed lists of the slot (member gaps, chain
// gaps). (:AnalyticsLock) lets one analytics runner at a time work across processes.
CREATE CONSTRAINT analytics_lock_key IF NOT EXISTS FOR (l:AnalyticsLock) REQUIRE l.key IS UNIQUE;
CREATE CONSTRAINT network_period_slot IF NOT EXISTS FOR (p:NetworkPeriod) REQUIRE p.slot IS UNIQUE;
CREATE INDEX network_period_period_version IF NOT EXISTS FOR (p:NetworkPeriod) ON (p.period, p.graphVersion);
CREATE INDEX network_chunk_slot_chunk IF NOT EXISTS FOR (c:NetworkChunk) ON (c.slot, c.chunk);
CREATE INDEX analytics_list_slot_name IF NOT EXISTS FOR (l:AnalyticsList) ON (l.slot, l.name);
