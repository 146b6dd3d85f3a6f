// Record a period's figures and the heads of its rankings once all its chunks and lists are
// written: its presence marks the slot complete. Rankings are lists of actor refs (see
// graph-api/src/graph/analytics/actor-chunks.ts; the layout is described in analytics-store.ts).
// Params: $slot, $props (map: format, graphVersion, period, from, to, chunks, the figures, the heads
// byPagerank … byConstraint, byRolesInChengdu / byRolesChain with their …Id, …Type, …Roles,
// communitySizes, communityTopId, communityTopType, communityDeals, communityChainId,
// communityChainDeals).
// Returns: slot.
MERGE (p:NetworkPeriod {slot: $slot})
SET p += $props, p.computedAt = datetime()
RETURN p.slot AS slot
