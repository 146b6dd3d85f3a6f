/**
 * Query limits: a depth limit (validation rule) and a cost limit (Apollo plugin, after the
 * operation is resolved so that variables are known). Trusted documents skip the cost limit.
 *
 * Cost model: every field costs 1 plus its children; a field with a `limit` or `first` argument
 * (the generated lists and connections) multiplies its children's cost by the page size asked
 * for, or — when none is given — DEFAULT_PAGE_SIZE at the top level and `nestedDefault` for
 * nested relationship lists (most relationships have few neighbours; @limit still caps them at
 * MAX_PAGE_SIZE). Custom fields may set `extensions.complexity` to a number or function.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import depthLimit from "graphql-depth-limit";
import { GraphQLError, type GraphQLSchema, type ValidationRule } from "graphql";
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from "graphql-query-complexity";
import type { TrustedFlag } from "./trusted-documents.js";

export interface LimitOptions {
  maxDepth: number;
  maxCost: number;
  defaultPageSize: number;
  maxPageSize: number;
  /** Assumed fan-out of a nested relationship list without a `limit`. Default 5. */
  nestedDefault?: number;
}

/** The depth validation rule (introspection fields are not counted). */
export function depthRule(maxDepth: number): ValidationRule {
  return depthLimit(maxDepth, { ignore: [/^__/] }) as ValidationRule;
}

/** Estimator for paged fields (see the module comment). */
export function pagedListEstimator(options: LimitOptions): ComplexityEstimator {
  const nestedDefault = options.nestedDefault ?? 5;
  return ({ field, args, childComplexity, type }) => {
    const paged = field.args.some((a) => a.name === "limit" || a.name === "first");
    if (!paged) return undefined;
    const asked = Number(args.limit ?? args.first);
    const topLevel = ["Query", "Mutation"].includes(type.name);
    const size = Number.isFinite(asked) && asked > 0 ? asked : topLevel ? options.defaultPageSize : nestedDefault;
    return 1 + childComplexity * Math.min(size, options.maxPageSize);
  };
}

export function estimators(options: LimitOptions): ComplexityEstimator[] {
  return [fieldExtensionsEstimator(), pagedListEstimator(options), simpleEstimator({ defaultComplexity: 1 })];
}

export function costLimitPlugin(schema: GraphQLSchema, options: LimitOptions): ApolloServerPlugin<TrustedFlag> {
  const list = estimators(options);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          if (ctx.contextValue.trustedDocument) return;
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: ctx.document,
              operationName: ctx.operationName ?? undefined,
              variables: ctx.request.variables ?? {},
              estimators: list,
            });
          } catch {
            // Bad variables (missing, wrong type): execution refuses them with BAD_USER_INPUT.
            return;
          }
          if (cost > options.maxCost) {
            throw new GraphQLError(
              `The query is too expensive: estimated cost ${cost} is above the limit of ${options.maxCost}; ask for smaller pages or fewer nested lists`,
              { extensions: { code: "QUERY_TOO_COMPLEX", cost, maxCost: options.maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
