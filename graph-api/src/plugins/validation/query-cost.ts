/**
 * The query cost model (graphql-query-complexity), checked once the operation and its variables
 * are known and before anything runs.
 *
 * - Custom fields cost what field-prices.ts says (attached to the schema as
 *   `extensions.complexity`; a custom field without a price costs the heaviest class).
 * - A generated field with a `limit` or `first` argument (lists, connections) costs 1 plus its
 *   selection's cost times the page size asked for — or, when none is given, DEFAULT_PAGE_SIZE at
 *   the root and `nestedDefault` (5) for nested relationship lists; never more than MAX_PAGE_SIZE
 *   (the schema's `@limit` caps every list there).
 * - Every other field costs 1 plus its selection.
 *
 * The model cannot be switched off: fragments are expanded, and a document that expands to more
 * than MAX_QUERY_FIELDS fields is refused rather than estimated; any failure of the estimation
 * refuses the request (fail closed).
 */
import { GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from "graphql-query-complexity";
import { limitError } from "./limit-error.js";

export interface CostOptions {
  maxCost: number;
  /** Fields (selections) the document may expand to, fragments spread out. */
  maxFields: number;
  defaultPageSize: number;
  maxPageSize: number;
  /** Assumed fan-out of a nested relationship list without a `limit`. Default 5. */
  nestedDefault?: number;
}

const NODE_LIMIT_MESSAGE = "Query exceeds the maximum allowed number of nodes.";

/** Estimator for the generated paged fields (see the module comment). */
export function pagedListEstimator(options: CostOptions): ComplexityEstimator {
  const nestedDefault = options.nestedDefault ?? 5;
  return ({ field, args, childComplexity, type }) => {
    const paged = field.args.some((a) => a.name === "limit" || a.name === "first");
    if (!paged) return undefined;
    const asked = Number(args.limit ?? args.first);
    const topLevel = ["Query", "Mutation"].includes(type.name);
    const size = Number.isFinite(asked) && asked >= 0 ? asked : topLevel ? options.defaultPageSize : nestedDefault;
    return 1 + childComplexity * Math.min(size, options.maxPageSize);
  };
}

export function estimators(options: CostOptions): ComplexityEstimator[] {
  return [fieldExtensionsEstimator(), pagedListEstimator(options), simpleEstimator({ defaultComplexity: 1 })];
}

/** One operation to estimate: its schema, document, operation name and variables. */
export interface CostRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string;
  variables: Record<string, unknown>;
}

/** The estimated cost of an operation; throws a GraphQLError (HTTP 400) when it cannot be estimated. */
export function estimateCost(
  { schema, document, operationName, variables }: CostRequest,
  options: CostOptions,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      operationName,
      variables,
      estimators: estimators(options),
      maxQueryNodes: options.maxFields,
    });
  } catch (e) {
    if (e instanceof GraphQLError && e.message === NODE_LIMIT_MESSAGE) {
      throw limitError(
        `The query has too many fields: with its fragments spread out it has more than ${options.maxFields}`,
        { code: "QUERY_TOO_COMPLEX", limit: "MAX_QUERY_FIELDS", max: options.maxFields },
      );
    }
    if (e instanceof GraphQLError) {
      // Variables that do not fit their types: the message says which and why.
      throw new GraphQLError(e.message, {
        nodes: e.nodes,
        extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
      });
    }
    throw limitError("The query's cost could not be estimated", { code: "QUERY_TOO_COMPLEX", limit: "MAX_QUERY_COST" });
  }
}

/** Refuse an operation whose estimated cost is above the limit. */
export function checkCost(request: CostRequest, options: CostOptions): number {
  const cost = estimateCost(request, options);
  if (!(cost <= options.maxCost)) {
    throw limitError(
      `The query is too expensive: estimated cost ${cost} is above the limit of ${options.maxCost}; ask for smaller pages, fewer nested lists or fewer analytics fields`,
      { code: "QUERY_TOO_COMPLEX", limit: "MAX_QUERY_COST", max: options.maxCost, cost },
    );
  }
  return cost;
}
