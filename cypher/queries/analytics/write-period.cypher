// Record a period's figures and rankings once all its chunks are written: its presence marks the
// slot complete. Rankings are lists of actor refs (see graph-api/src/graph/analytics/actor-chunks.ts).
// Params: $slot, $props (map: graphVersion, period, from, to, chunks, the figures and the lists
// byPagerank … byConstraint, communityByPagerank … communityByConstraint, communityStart,
// communitySizes, communityTop, byRolesInChengdu, byRolesChain).
// Returns: slot.
MERGE (p:NetworkPeriod {slot: $slot})
SET p += $props, p.computedAt = datetime()
RETURN p.slot AS slot
