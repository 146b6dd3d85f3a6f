// 005: composite range indexes (key, id) for the keyset pages of deals, results and brokers
// (dealsPage, resultsPage, brokersPage). A page after the position (k, i) is two seeks on one of
// these — the rest of k's ties after i, then the keys beyond k — read in index order, so every page
// costs about the same however deep it is. The single-property indexes of 002 stay for filters.
CREATE INDEX deal_signed_on_id IF NOT EXISTS FOR (n:Deal) ON (n.signedOn, n.id);
CREATE INDEX deal_name_id IF NOT EXISTS FOR (n:Deal) ON (n.name, n.id);
CREATE INDEX result_year_id IF NOT EXISTS FOR (n:Result) ON (n.year, n.id);
CREATE INDEX result_name_id IF NOT EXISTS FOR (n:Result) ON (n.name, n.id);
CREATE INDEX broker_registered_on_id IF NOT EXISTS FOR (n:Broker) ON (n.registeredOn, n.id);
CREATE INDEX broker_name_id IF NOT EXISTS FOR (n:Broker) ON (n.name, n.id);
