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
 * chosen by the caller. The checks of step 3 are pure functions of the document, the operation
 * name and the variables, so an operation that passed them is remembered (an LRU bounded by the
 * size of its keys) and a repeat skips them: they were ≈ 18 % of the event loop's time for a
 * cached answer (two TypeInfo walks of the document per request).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { DocumentNode, GraphQLSchema, ParseOptions, ValidationRule } from "graphql";
import { LRUCache } from "lru-cache";
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

/** Characters of keys the memory of passed operations holds (≈ 2 bytes each). */
export const PASSED_OPERATIONS_MAX_CHARS = 8 * 1024 * 1024;

/** Input and cost limits, checked when the operation is resolved (variables known, nothing run). */
export function requestLimitsPlugin(schema: GraphQLSchema, limits: RequestLimits): ApolloServerPlugin {
  // Apollo keeps one parsed DocumentNode per distinct query text, so the object names the text.
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;
  const passed = new LRUCache<string, true>({
    maxSize: PASSED_OPERATIONS_MAX_CHARS,
    sizeCalculation: (_value, key) => key.length,
  });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          const variables = ctx.request.variables ?? {};
          let documentId = documentIds.get(ctx.document);
          if (documentId === undefined) documentIds.set(ctx.document, (documentId = nextDocumentId++));
          const key = `${documentId}\u0000${ctx.operationName ?? ""}\u0000${JSON.stringify(variables)}`;
          if (passed.has(key)) return;
          checkInputs(schema, ctx.document, variables, limits);
          checkCost(
            { schema, document: ctx.document, operationName: ctx.operationName ?? undefined, variables },
            limits,
          );
          if (key.length <= PASSED_OPERATIONS_MAX_CHARS / 64) passed.set(key, true);
        },
      };
    },
  };
}

export { estimateCost, estimators } from "./query-cost.js";
export { priceCustomFields, FIELD_PRICES, UNPRICED_CUSTOM_FIELD } from "./field-prices.js";
