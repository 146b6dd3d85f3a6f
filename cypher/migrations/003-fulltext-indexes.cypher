// 003: full-text indexes with the cjk analyzer (Chinese text is not whitespace-separated).
// entity_text serves search-as-you-type over every type; result_text and demand_text serve matching.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Broker|Agency|Alliance|Institution|Lab|Enterprise|IndustryChain|District|Result|Demand|Deal|Event|Platform|Award)
ON EACH [n.name, n.nameEn, n.pinyinInitials]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX result_text IF NOT EXISTS
FOR (n:Result) ON EACH [n.name, n.summary]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX demand_text IF NOT EXISTS
FOR (n:Demand) ON EACH [n.name, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
