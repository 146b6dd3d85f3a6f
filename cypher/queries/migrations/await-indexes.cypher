// Waits until every index is online (up to 300 s).
CALL db.awaitIndexes(300)
