/**
 * Custom resolvers, merged from one module per area. A module's file exports a function
 * `(deps) => resolverMap` (result-journey.ts: `resultJourneyResolvers = (deps) => ({ Query: {
 * resultJourney: … } })`); add it to MODULES below. Resolvers receive the ApiContext
 * and enforce roles with requireRole(context, "alliance" | "admin") from ../auth.
 */
import { GraphQLScalarType, type GraphQLResolveInfo } from "graphql";
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import type { ApiContext } from "../auth/context.js";
import { networkResolvers } from "./network.js";
import { gapsResolvers } from "./gaps.js";
import { matchingResolvers } from "./matching.js";
import { exploreResolvers } from "./explore.js";
import { resultJourneyResolvers } from "./result-journey.js";
import { enterpriseSourcesResolvers } from "./enterprise-sources.js";
import { flowsResolvers } from "./flows.js";
import { conversionRateResolvers } from "./conversion-rate.js";
import { kpiProgressResolvers } from "./kpi-progress.js";
import { rankingsResolvers } from "./rankings.js";
import { agencyEvaluationResolvers } from "./agency-evaluation.js";
import { annualReportResolvers } from "./annual-report.js";
import { keysetPagesResolvers } from "./keyset-pages.js";
import { nodePointersResolvers } from "./node-pointers.js";

/** What every resolver module may use. */
export interface ResolverDeps {
  driver: Driver;
  config: Config;
}

/** One field resolver; type `args` and `parent` where you write it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FieldResolver<TArgs = any, TParent = any> = (
  parent: TParent,
  args: TArgs,
  context: ApiContext,
  info: GraphQLResolveInfo,
) => unknown;

/** Type name → field name → resolver (or `{ resolve }`, or `__resolveType`); or a custom scalar. */
export type ResolverMap = Record<
  string,
  Record<string, FieldResolver | { resolve: FieldResolver }> | GraphQLScalarType
>;
export type ResolverModule = (deps: ResolverDeps) => ResolverMap;

/** One entry per area; append yours (import it above). */
const MODULES: ResolverModule[] = [
  networkResolvers,
  gapsResolvers,
  matchingResolvers,
  exploreResolvers,
  resultJourneyResolvers,
  enterpriseSourcesResolvers,
  flowsResolvers,
  conversionRateResolvers,
  kpiProgressResolvers,
  rankingsResolvers,
  agencyEvaluationResolvers,
  annualReportResolvers,
  keysetPagesResolvers,
  nodePointersResolvers,
];

/** Merge the resolver maps of all modules; two modules defining the same field is an error. */
export function createResolvers(deps: ResolverDeps, modules: ResolverModule[] = MODULES): ResolverMap {
  const merged: Record<string, Record<string, unknown> | GraphQLScalarType> = {};
  for (const module of modules) {
    for (const [typeName, fields] of Object.entries(module(deps))) {
      if (isScalar(fields)) {
        if (typeName in merged) throw new Error(`Resolver ${typeName} is defined twice`);
        merged[typeName] = fields;
        continue;
      }
      const target = (merged[typeName] ??= {}) as Record<string, unknown>;
      for (const [fieldName, resolver] of Object.entries(fields)) {
        if (fieldName in target) throw new Error(`Resolver ${typeName}.${fieldName} is defined twice`);
        target[fieldName] = resolver;
      }
    }
  }
  return merged as ResolverMap;
}

function isScalar(value: unknown): value is GraphQLScalarType {
  return value instanceof GraphQLScalarType;
}
