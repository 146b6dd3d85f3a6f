/**
 * Limits on argument values, checked once the variables are known and before the cost estimate
 * (which coerces them) or any Cypher is built. Neither graphql-js nor GraphQL Armor measures
 * input values, hence this small rule. Every walk below uses an explicit stack and stops at the
 * first value over a limit, so it takes time linear in the request and never deep recursion.
 *
 * - Input depth: an argument value (literal, variable, or a literal holding variables) nests at
 *   most MAX_INPUT_DEPTH input objects; lists add no level. Each variable is measured on its own
 *   too, used or not. A `where` 24 levels deep is refused here: in Neo4j, every relationship
 *   level of a filter is a nested subquery, and such a filter kept the server busy for minutes
 *   past its transaction timeout.
 * - Filter terms: the filters of one request (`where` and `sort` arguments, and `where` inside
 *   other inputs) hold at most MAX_FILTER_TERMS fields in all — a 5,000-term OR is refused.
 * - Paging: `limit`, `first` and `last` are 1 or more (@neo4j/graphql reads 0 as "no limit" and
 *   answers a default page), `offset` is 0 or more; a negative value used to reach Neo4j and come
 *   back as an internal error with Cypher text.
 */
import { BREAK, Kind, visit, type ArgumentNode, type DocumentNode, type FieldNode, type ValueNode } from "graphql";
import { limitError } from "./limit-error.js";

export interface InputLimits {
  maxInputDepth: number;
  maxFilterTerms: number;
}

const FILTER_ARGUMENTS = new Set(["where", "sort"]);
/** Least value of each paging argument. */
const PAGING_MINIMUM: Record<string, number> = { limit: 1, first: 1, last: 1, offset: 0 };

/** A value to measure: a literal of the document or a JSON value of the variables. */
type Item = { value: ValueNode | unknown; literal: boolean; depth: number; filter: boolean };

interface Walk {
  /** Deepest input-object nesting reached (stops early above the limit). */
  depth: number;
  terms: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Measure one value: input-object depth and, below a filter, the number of fields. Variables met
 * inside a literal are followed into their JSON value.
 */
function measure(start: Item, variables: Record<string, unknown>, limits: InputLimits, walk: Walk): void {
  const stack: Item[] = [start];
  while (stack.length > 0) {
    const { value, literal, depth, filter } = stack.pop() as Item;
    if (literal) {
      const node = value as ValueNode;
      if (node.kind === Kind.VARIABLE) {
        stack.push({ value: variables[node.name.value], literal: false, depth, filter });
      } else if (node.kind === Kind.LIST) {
        for (const v of node.values) stack.push({ value: v, literal: true, depth, filter });
      } else if (node.kind === Kind.OBJECT) {
        walk.depth = Math.max(walk.depth, depth + 1);
        if (walk.depth > limits.maxInputDepth) return;
        for (const f of node.fields) {
          const inFilter = filter || f.name.value === "where";
          if (inFilter) walk.terms += 1;
          stack.push({ value: f.value, literal: true, depth: depth + 1, filter: inFilter });
        }
      }
    } else if (Array.isArray(value)) {
      for (const v of value) stack.push({ value: v, literal: false, depth, filter });
    } else if (isObject(value)) {
      walk.depth = Math.max(walk.depth, depth + 1);
      if (walk.depth > limits.maxInputDepth) return;
      for (const [key, v] of Object.entries(value)) {
        const inFilter = filter || key === "where";
        if (inFilter) walk.terms += 1;
        stack.push({ value: v, literal: false, depth: depth + 1, filter: inFilter });
      }
    }
    if (walk.terms > limits.maxFilterTerms) return;
  }
}

function tooDeep(where: string, limits: InputLimits) {
  return limitError(
    `${where} nests input objects more than ${limits.maxInputDepth} levels deep; filters must be flatter`,
    { code: "QUERY_TOO_COMPLEX", limit: "MAX_INPUT_DEPTH", max: limits.maxInputDepth },
  );
}

function pagingValue(arg: ArgumentNode, variables: Record<string, unknown>): unknown {
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) return variables[arg.value.name.value];
  return undefined;
}

/** Throws the first limit the request's argument values break (a GraphQLError with HTTP 400). */
export function checkInputs(document: DocumentNode, variables: Record<string, unknown>, limits: InputLimits): void {
  for (const [name, value] of Object.entries(variables)) {
    const walk: Walk = { depth: 0, terms: 0 };
    measure(
      { value, literal: false, depth: 0, filter: false },
      variables,
      { ...limits, maxFilterTerms: Infinity },
      walk,
    );
    if (walk.depth > limits.maxInputDepth) throw tooDeep(`Variable "$${name}"`, limits);
  }
  const total: Walk = { depth: 0, terms: 0 };
  let error: Error | undefined;
  visit(document, {
    Field(field: FieldNode) {
      for (const arg of field.arguments ?? []) {
        const where = `Argument "${arg.name.value}" of field "${field.name.value}"`;
        const minimum = PAGING_MINIMUM[arg.name.value];
        if (minimum !== undefined) {
          const n = pagingValue(arg, variables);
          if (typeof n === "number" && n < minimum) {
            error = limitError(
              `${where} must be ${minimum} or more; got ${n}`,
              { code: "BAD_USER_INPUT", argument: arg.name.value },
              [arg],
            );
            return BREAK;
          }
        }
        const walk: Walk = { depth: 0, terms: total.terms };
        const filter = FILTER_ARGUMENTS.has(arg.name.value);
        measure({ value: arg.value, literal: true, depth: 0, filter }, variables, limits, walk);
        total.terms = walk.terms;
        if (walk.depth > limits.maxInputDepth) {
          error = tooDeep(where, limits);
          return BREAK;
        }
        if (total.terms > limits.maxFilterTerms) {
          error = limitError(
            `The query's filters have more than ${limits.maxFilterTerms} terms (${where} reached it); use fewer conditions or an \`in\` list`,
            { code: "QUERY_TOO_COMPLEX", limit: "MAX_FILTER_TERMS", max: limits.maxFilterTerms },
            [arg],
          );
          return BREAK;
        }
      }
      return undefined;
    },
  });
  if (error) throw error;
}
