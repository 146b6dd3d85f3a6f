// 004: stored analytics. One (:NetworkPeriod) per graph version and period (its `slot`, e.g.
// '7|2024-01-01..2024-12-31') holds the period's figures and its rankings (ordinal arrays); one
// (:NetworkMetric) per actor (organisation or intermediary) and slot holds that actor's metrics.
// (:AnalyticsLock) lets one analytics runner at a time work across processes.
CREATE CONSTRAINT analytics_lock_key IF NOT EXISTS FOR (l:AnalyticsLock) REQUIRE l.key IS UNIQUE;
CREATE CONSTRAINT network_period_slot IF NOT EXISTS FOR (p:NetworkPeriod) REQUIRE p.slot IS UNIQUE;
CREATE INDEX network_period_period_version IF NOT EXISTS FOR (p:NetworkPeriod) ON (p.period, p.graphVersion);
CREATE INDEX network_metric_slot_ordinal IF NOT EXISTS FOR (m:NetworkMetric) ON (m.slot, m.ordinal);
CREATE INDEX network_metric_slot_actor IF NOT EXISTS FOR (m:NetworkMetric) ON (m.slot, m.actorId);
CREATE INDEX network_metric_slot_community IF NOT EXISTS FOR (m:NetworkMetric) ON (m.slot, m.community);
