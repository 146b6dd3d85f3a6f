/**
 * Validation rules on the shape of the document, from GraphQL Armor: depth, aliases and
 * directives. Each walks the operation once and every fragment once (a fragment's figure is
 * memoised where it is spread again), so a document of fragments that spread each other twice
 * over is measured in time linear in its length, and a fragment that spreads itself is left to
 * graphql-js's NoFragmentCycles rule (a 400, like every refusal here).
 *
 * Measures (fragments spread out):
 * - depth: nesting of fields, the root field at level 1 (`{ brokers { id } }` has depth 2);
 *   fragments add no level; introspection's `__schema` is not counted;
 * - aliases: every aliased field, `__typename` included;
 * - directives: every directive use.
 */
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { limitError } from "./limit-error.js";

export interface DocumentLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
}

/** Armor's rules throw or report "Syntax Error: …"; ours report a clear message with a code. */
function report(what: string, limit: string, max: number) {
  return [
    (context: ValidationContext | null, error: GraphQLError) => {
      const found = /found (\d+)/.exec(error.message)?.[1];
      context?.reportError(
        limitError(`The query has too many ${what}: ${found ?? "more than " + max}, the limit is ${max}`, {
          code: "QUERY_TOO_COMPLEX",
          limit,
          max,
          ...(found ? { found: Number(found) } : {}),
        }),
      );
    },
  ];
}

export function documentRules(limits: DocumentLimits): ValidationRule[] {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: report("levels of nested fields", "MAX_QUERY_DEPTH", limits.maxDepth),
    }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      allowList: [],
      onReject: report("aliases", "MAX_ALIASES", limits.maxAliases),
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: report("directives", "MAX_DIRECTIVES", limits.maxDirectives),
    }),
  ] as unknown as ValidationRule[];
}
