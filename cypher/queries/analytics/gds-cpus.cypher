// The processors the GDS library sees on the server (its system information), to run the parallel
// algorithms with no more threads than that: on a 2-core server, PageRank and betweenness with
// GDS's default of 4 threads used 14.6 and 22.4 CPU-seconds at x10 scale against 13.4 and 15.4 with 2.
// Params: none.
// Returns: cpus (Int).
CALL gds.debug.sysInfo() YIELD key, value
WITH key, value WHERE key = 'availableCPUs'
RETURN toInteger(value) AS cpus
