/**
 * The graphology packages are CommonJS whose type definitions declare `export default`; under
 * NodeNext an ESM default import is then typed as the module object. Loading them through
 * `require` gives the functions with their declared types, in one place. (`typeof import(…)` is
 * the one spelling that reaches the declared default export, hence the lint exceptions.)
 */
/* eslint-disable @typescript-eslint/consistent-type-imports */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const betweennessCentrality =
  require("graphology-metrics/centrality/betweenness") as typeof import("graphology-metrics/centrality/betweenness.js").default;
export const pagerank =
  require("graphology-metrics/centrality/pagerank") as typeof import("graphology-metrics/centrality/pagerank.js").default;
export const louvain =
  require("graphology-communities-louvain") as typeof import("graphology-communities-louvain").default;
export const { createUnweightedIndexedBrandes } =
  require("graphology-shortest-path/indexed-brandes") as typeof import("graphology-shortest-path/indexed-brandes.js");
export { UndirectedGraph } from "graphology";
