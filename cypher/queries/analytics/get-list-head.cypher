// The first $limit rows of one stored list (AnalyticsList) of the newest slot of a period at or
// before the graph version: a list sorted for its readers (e.g. member gaps, 16,000 rows at x10
// scale for all alliances) read without sending the rows a request does not return. Row columns
// are sliced to $limit; $start is an offsets column (one more than the rows) whose first
// $limit + 1 entries are kept, and the $items columns are sliced to where the $limit-th row's
// items end.
// Params: $period, $version, $format, $name, $limit, $rows (column names), $start (column name),
// $items (column names).
// Returns: graphVersion; found (the list exists); rows, start, items (the sliced columns, in the
// order asked).
MATCH (p:NetworkPeriod {period: $period})
WHERE p.graphVersion <= $version AND p.format = $format
WITH p ORDER BY p.graphVersion DESC LIMIT 1
OPTIONAL MATCH (l:AnalyticsList {slot: p.slot, name: $name})
WITH p, l, CASE WHEN l IS NULL THEN 0 ELSE coalesce(l[$start][$limit], last(l[$start])) END AS itemsEnd
RETURN p.graphVersion AS graphVersion, l IS NOT NULL AS found,
       CASE WHEN l IS NULL THEN [] ELSE [k IN $rows | l[k][0..$limit]] END AS rows,
       CASE WHEN l IS NULL THEN [] ELSE l[$start][0..$limit + 1] END AS start,
       CASE WHEN l IS NULL THEN [] ELSE [k IN $items | l[k][0..itemsEnd]] END AS items
