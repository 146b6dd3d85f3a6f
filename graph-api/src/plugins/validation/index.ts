/**
 * Request limits, all enforced before any resolver runs and all answered with HTTP 400:
 *
 * 1. parsing: at most MAX_TOKENS tokens (graphql-js `parse` option `maxTokens`);
 * 2. validation: at most MAX_QUERY_FIELDS selections with every fragment spread out (Apollo
 *    Server's `maxRecursiveSelections`: each fragment counted once, so linear in the document; the
 *    rules below only run on documents that pass it), then depth, aliases and directives
 *    (document-rules.ts, GraphQL Armor);
 * 3. once variables are known: input depth, filter terms and paging signs (input-rules.ts), then
 *    the cost model with its field count (query-cost.ts, prices in field-prices.ts).
 *
 * Every request is held to them, trusted (persisted) documents included: their variables are
 * chosen by the caller.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLSchema, ParseOptions, ValidationRule } from "graphql";
import type { Config } from "../../config.js";
import { documentRules, type DocumentLimits } from "./document-rules.js";
import { checkInputs, type InputLimits } from "./input-rules.js";
import { checkCost, type CostOptions } from "./query-cost.js";

export interface RequestLimits extends DocumentLimits, InputLimits, CostOptions {
  maxTokens: number;
}

export function requestLimitsOf(config: Config): RequestLimits {
  return {
    maxTokens: config.MAX_TOKENS,
    maxDepth: config.MAX_QUERY_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxDirectives: config.MAX_DIRECTIVES,
    maxInputDepth: config.MAX_INPUT_DEPTH,
    maxFilterTerms: config.MAX_FILTER_TERMS,
    maxCost: config.MAX_QUERY_COST,
    maxFields: config.MAX_QUERY_FIELDS,
    defaultPageSize: config.DEFAULT_PAGE_SIZE,
    maxPageSize: config.MAX_PAGE_SIZE,
  };
}

export function parseOptions(limits: RequestLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

export function validationRules(limits: RequestLimits): ValidationRule[] {
  return documentRules(limits);
}

/** The parse and validation settings of ApolloServer's constructor. */
export function apolloLimitOptions(limits: RequestLimits): {
  parseOptions: ParseOptions;
  maxRecursiveSelections: number;
  validationRules: ValidationRule[];
} {
  return {
    parseOptions: parseOptions(limits),
    maxRecursiveSelections: limits.maxFields,
    validationRules: validationRules(limits),
  };
}

/** Input and cost limits, checked when the operation is resolved (variables known, nothing run). */
export function requestLimitsPlugin(schema: GraphQLSchema, limits: RequestLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          const variables = ctx.request.variables ?? {};
          checkInputs(schema, ctx.document, variables, limits);
          checkCost(
            { schema, document: ctx.document, operationName: ctx.operationName ?? undefined, variables },
            limits,
          );
        },
      };
    },
  };
}

export { estimateCost, estimators } from "./query-cost.js";
export { priceCustomFields, FIELD_PRICES, UNPRICED_CUSTOM_FIELD } from "./field-prices.js";
