/**
 * The fixed mix of the API benchmark: generated list queries with filters, sorting and paging,
 * and the custom analytics fields. Each operation has its GraphQL document and, where there is
 * one, the same answer from hand-written Cypher (or the domain operation's own .cypher) through
 * the driver, plus a key that checks both gave the same answer.
 */
import type { Driver } from "neo4j-driver";
import type { RequestContext } from "../../../graph-api/src/db/request-context.js";
import { getConversionRate } from "../../../graph-api/src/graph/conversion/conversion.js";
import { getKpiProgress } from "../../../graph-api/src/graph/kpi/kpi.js";
import { loadKpiTargets } from "../../../graph-api/src/graph/kpi/kpi-targets.js";
import { evaluateAgencies } from "../../../graph-api/src/graph/rankings/agency-evaluation.js";
import { topBrokers, topCases } from "../../../graph-api/src/graph/rankings/rankings.js";
import { getEnterpriseSources } from "../../../graph-api/src/graph/tracing/enterprise-sources.js";
import { getFlows } from "../../../graph-api/src/graph/tracing/flows.js";
import { getResultJourney } from "../../../graph-api/src/graph/tracing/journey.js";

export interface BenchOperation {
  name: string;
  /** List operations are held to the ratio goal. */
  list: boolean;
  /** Measured and shown but not held to the ratio goal, with the reason. */
  note?: string;
  /** Held to a goal of its own: keyset pages (p95 by scale), anchored form (ratio to Cypher ≤ 2). */
  goal?: "keyset" | "anchored";
  query: string;
  variables?: Record<string, unknown>;
  /** Needs role alliance. */
  alliance?: boolean;
  /** Schema field the operation needs (skipped with a note when absent). */
  field: string;
  /** The same answer through the driver; returns a comparable key. */
  direct?: () => Promise<unknown>;
  /** The comparable key of the GraphQL data. */
  key?: (data: Record<string, unknown>) => unknown;
}

/** Ids the mix needs, picked from the loaded data (deterministic for a seed). */
export interface BenchIds {
  chainId: string;
  resultId: string;
  enterpriseId: string;
  demandId: string;
  year: number;
}

export async function pickIds(driver: Driver): Promise<BenchIds> {
  const q = async (cypher: string) => String((await driver.executeQuery(cypher)).records[0]?.get(0));
  return {
    chainId: await q("MATCH (c:IndustryChain) RETURN c.id ORDER BY c.id LIMIT 1"),
    // the result transferred by the most deals: the longest journey
    resultId: await q(
      "MATCH (r:Result)<-[:TRANSFERS]-(d:Deal) WITH r, count(d) AS n RETURN r.id ORDER BY n DESC, r.id LIMIT 1",
    ),
    enterpriseId: await q(
      "MATCH (e:Enterprise)<-[:BUYER]-(d:Deal) WITH e, count(d) AS n RETURN e.id ORDER BY n DESC, e.id LIMIT 1",
    ),
    demandId: await q("MATCH (m:Demand {status: 'OPEN'})-[:NEEDS]->(:IndustryChain) RETURN m.id ORDER BY m.id LIMIT 1"),
    year: 2025,
  };
}

const rows = async (driver: Driver, cypher: string, params: Record<string, unknown>) =>
  (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
const col = (list: unknown, f: string) => (list as Record<string, unknown>[]).map((x) => x[f]);

/** The mix; `rq` is the request context the domain operations run with (the API's anonymous caller's). */
export function operations(rq: RequestContext, ids: BenchIds): BenchOperation[] {
  const { driver } = rq;
  const period = { from: `${ids.year}-01-01`, to: `${ids.year}-12-31` };
  const quarter = { from: `${ids.year}-01-01`, to: `${ids.year}-03-31` };
  const kpi = loadKpiTargets();
  return [
    {
      name: "brokers by title, by name, offset 200",
      list: true,
      field: "brokers",
      query: `{ brokers(where: { titleLevel: { eq: SENIOR } }, sort: [{ name: ASC }], limit: 20, offset: 200) { id name titleLevel } }`,
      direct: async () =>
        col(
          await rows(
            driver,
            "MATCH (b:Broker) WHERE b.titleLevel = 'SENIOR' RETURN b.id AS id, b.name AS name, b.titleLevel AS titleLevel ORDER BY b.name SKIP 200 LIMIT 20",
            {},
          ),
          "name",
        ),
      key: (d) => col(d.brokers, "name"),
    },
    {
      name: "deals in a quarter, newest first",
      list: true,
      field: "deals",
      query: `query ($from: Date!, $to: Date!) { deals(where: { signedOn: { gte: $from, lte: $to } }, sort: [{ signedOn: DESC }], limit: 50) { id name kind amount signedOn } }`,
      variables: quarter,
      direct: async () =>
        col(
          await rows(
            driver,
            "MATCH (d:Deal) WHERE d.signedOn >= date($from) AND d.signedOn <= date($to) RETURN d.id AS id, d.name AS name, d.kind AS kind, d.amount AS amount, toString(d.signedOn) AS signedOn ORDER BY d.signedOn DESC LIMIT 50",
            quarter,
          ),
          "signedOn",
        ),
      key: (d) => col(d.deals, "signedOn"),
    },
    {
      // anchored on the chain (a nested list): the filter form `results(where: { chains: { some: … } })`
      // is translated into a scan of every Result with an existence check (see the report)
      name: "results of a chain, by year, offset 50",
      list: true,
      field: "industryChains",
      query: `query ($c: ID!) { industryChains(where: { id: { eq: $c } }) { id results(sort: [{ year: DESC }], limit: 50, offset: 50) { id name year } } }`,
      variables: { c: ids.chainId },
      direct: async () =>
        col(
          await rows(
            driver,
            "MATCH (:IndustryChain {id: $c})<-[:APPLIES_TO]-(r:Result) RETURN r.id AS id, r.name AS name, r.year AS year ORDER BY r.year DESC SKIP 50 LIMIT 50",
            { c: ids.chainId },
          ),
          "year",
        ),
      key: (d) => col((d.industryChains as { results: unknown }[])[0]?.results, "year"),
    },
    {
      name: "results of a chain via a `some` filter",
      list: true,
      note: "the generated filter scans every Result; the anchored nested list above is the form to use",
      field: "results",
      query: `query ($c: ID!) { results(where: { chains: { some: { id: { eq: $c } } } }, sort: [{ year: DESC }], limit: 50, offset: 50) { id name year } }`,
      variables: { c: ids.chainId },
      direct: async () =>
        col(
          await rows(
            driver,
            "MATCH (r:Result)-[:APPLIES_TO]->(:IndustryChain {id: $c}) RETURN r.id AS id, r.name AS name, r.year AS year ORDER BY r.year DESC SKIP 50 LIMIT 50",
            { c: ids.chainId },
          ),
          "year",
        ),
      key: (d) => col(d.results, "year"),
    },
    {
      name: "national agencies with district",
      list: true,
      field: "agencies",
      query: `{ agencies(where: { level: { eq: NATIONAL } }, sort: [{ name: ASC }], limit: 20) { id name level districts { id name } } }`,
      direct: async () =>
        col(
          await rows(
            driver,
            "MATCH (a:Agency) WHERE a.level = 'NATIONAL' RETURN a.id AS id, a.name AS name, a.level AS level, COLLECT { MATCH (a)-[:LOCATED_IN]->(d:District) RETURN d {.id, .name} } AS districts ORDER BY a.name LIMIT 20",
            {},
          ),
          "name",
        ),
      key: (d) => col(d.agencies, "name"),
    },
    {
      name: "resultJourney",
      list: false,
      field: "resultJourney",
      query: `query ($id: ID!) { resultJourney(id: $id) { result { id name } developers { developer { id name type } institution { id name } }
        events { id name date } platforms { id name } deals { id signedOn amount sellers { id name } brokers { broker { id } name titleLevel role }
        agencies { id name } buyer { id name } buyerDistrict { name } buyerInChengdu buyerChains { name } } timeline { kind refId date } } }`,
      variables: { id: ids.resultId },
      direct: async () => (await getResultJourney(rq, ids.resultId, 500))?.deals.map((d) => d.id),
      key: (d) => col((d.resultJourney as { deals: unknown }).deals, "id"),
    },
    {
      name: "enterpriseSources",
      list: false,
      field: "enterpriseSources",
      query: `query ($id: ID!) { enterpriseSources(id: $id, limit: 20) { totalDeals totalAmount deals { id signedOn } institutions { node { id } deals amount } results { node { id } deals } brokers { broker { id } name deals } agencies { node { id } deals } } }`,
      variables: { id: ids.enterpriseId },
      direct: async () => (await getEnterpriseSources(rq, ids.enterpriseId, 20))?.totalDeals,
      key: (d) => (d.enterpriseSources as { totalDeals: number }).totalDeals,
    },
    {
      name: "flows institution → district (year)",
      list: false,
      field: "flows",
      query: `query ($p: DatePeriod!) { flows(period: $p, source: INSTITUTION, target: DISTRICT, nodesPerSide: 50) { nodes { key name side value } links { source target deals value amount } totalDeals totalAmount } }`,
      variables: { p: period },
      direct: async () =>
        (
          await getFlows(rq, {
            period,
            source: "INSTITUTION",
            target: "DISTRICT",
            sourceId: null,
            nodesPerSide: 50,
          })
        ).totalDeals,
      key: (d) => (d.flows as { totalDeals: number }).totalDeals,
    },
    {
      name: "conversionRate by seller district (year)",
      list: false,
      field: "conversionRate",
      query: `query ($p: DatePeriod!) { conversionRate(period: $p, groupBy: SELLER_DISTRICT) { overall { deals onSiteDeals rateByCount amount rateByAmount } groups { node { id } name figures { deals rateByCount rateByAmount } } } }`,
      variables: { p: period },
      direct: async () => (await getConversionRate(rq, period, "SELLER_DISTRICT", 50)).overall.deals,
      key: (d) => (d.conversionRate as { overall: { deals: number } }).overall.deals,
    },
    {
      name: "kpiProgress (plan window)",
      list: false,
      field: "kpiProgress",
      query: `{ kpiProgress { window { from to } indicators { key target current ratio met unassigned byDistrict { districtId name value } } } }`,
      direct: async () => (await getKpiProgress(rq, kpi.window, kpi.targets)).indicators.map((i) => i.current),
      key: (d) => col((d.kpiProgress as { indicators: unknown }).indicators, "current"),
    },
    {
      name: "topBrokers (year)",
      list: false,
      field: "topBrokers",
      query: `query ($y: Int!) { topBrokers(year: $y) { rank broker { id } name titleLevel employers { name } score breakdown { key raw normalised weight points } } }`,
      variables: { y: ids.year },
      direct: async () => (await topBrokers(rq, period, 10)).map((b) => b.id),
      key: (d) => col(col(d.topBrokers, "broker"), "id"),
    },
    {
      name: "topCases (year)",
      list: false,
      field: "topCases",
      query: `query ($y: Int!) { topCases(year: $y) { rank deal { id } name amount sellers { name } buyer { name } score breakdown { key points } } }`,
      variables: { y: ids.year },
      direct: async () => (await topCases(rq, period, 10)).map((b) => b.id),
      key: (d) => col(col(d.topCases, "deal"), "id"),
    },
    {
      name: "agencyEvaluation (year)",
      list: false,
      field: "agencyEvaluation",
      query: `query ($y: Int!) { agencyEvaluation(year: $y, limit: 50) { agency { id } name deals amount onSiteShare dealGrowth amountGrowth allianceMember allianceDeals } }`,
      variables: { y: ids.year },
      direct: async () => (await evaluateAgencies(rq, ids.year, 50, 0)).map((a) => a.id),
      key: (d) => col(col(d.agencyEvaluation, "agency"), "id"),
    },
    {
      name: "partnerGaps (alliance)",
      list: false,
      field: "partnerGaps",
      alliance: true,
      query: `{ partnerGaps(limit: 50) { chainId chainName availableResults openDemands intermediaries gap pressure } }`,
    },
    {
      name: "matchResults",
      list: false,
      field: "matchResults",
      query: `query ($id: ID!) { matchResults(demandId: $id, limit: 20) { items { rank result { id } name score } } }`,
      variables: { id: ids.demandId },
    },
  ];
}
