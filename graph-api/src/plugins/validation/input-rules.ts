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
 * - Filter nulls: inside a filter, a field that takes conditions (an input object, such as
 *   `name: { eq: … }` or `deals: { some: … }`) may be left out but not set to null, which
 *   @neo4j/graphql 7 cannot translate (it failed with an internal error).
 * - Paging: `limit`, `first` and `last` are 1 or more (@neo4j/graphql reads 0 as "no limit" and
 *   answers a default page), `offset` is 0 or more; a negative value used to reach Neo4j and come
 *   back as an internal error with Cypher text.
 * - Aggregation filters: under an aggregation function (`average`, `min`, `max`, `sum`,
 *   `shortestLength`, `longestLength`, `averageLength` of an `aggregate: { node: … }` filter) only
 *   eq, lt, lte, gt and gte are translated; @neo4j/graphql 7 offers its shared number filters
 *   there, `in` included, and failed with an internal error on `in` (found by the fuzz test).
 * - Empty logic: inside a filter, `OR: []` (a disjunction of nothing: false) and `NOT: {}` (the
 *   negation of no condition: false) are refused; @neo4j/graphql 7 drops both and matches every
 *   node, the opposite of what they say.
 * - Dates: every `Date` value (a literal or a variable, also inside an input or a filter) names a
 *   day of the calendar in the form YYYY-MM-DD (domain/dates.ts, the one date check). The `Date`
 *   scalar of @neo4j/graphql reads its text with JavaScript's `Date`, which takes 2024-02-30 as
 *   1 March and other forms by the local time zone, so a wrong day would silently become another.
 */
import type { GraphQLError } from "graphql";
import {
  BREAK,
  Kind,
  TypeInfo,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from "graphql";
import { dateProblem } from "../../domain/dates.js";
import { limitError } from "./limit-error.js";

export interface InputLimits {
  maxInputDepth: number;
  maxFilterTerms: number;
}

const FILTER_ARGUMENTS = new Set(["where", "sort"]);
/** Least value of each paging argument. */
const PAGING_MINIMUM: Record<string, number> = { limit: 1, first: 1, last: 1, offset: 0 };

/**
 * A value to measure: a literal of the document or a JSON value of the variables, with its input
 * type where known (unknown for a variable measured on its own).
 */
interface Item {
  value: ValueNode | unknown;
  literal: boolean;
  type: GraphQLInputType | undefined;
  depth: number;
  filter: boolean;
  /** Where the value is, for messages: `where.deals.some`. */
  path: string;
  /** The value is the operand of an aggregation function: its keys are comparison operators. */
  aggregated?: boolean;
}

interface Walk {
  /** Deepest input-object nesting reached (stops early above the limit). */
  depth: number;
  terms: number;
  /** A filter field set to null, by path. */
  nullFilter?: string;
  /** An operator that aggregation filters do not translate, by path. */
  badAggregation?: string;
  /** An `OR: []` or `NOT: {}` inside a filter, by path. */
  emptyLogic?: string;
  /** The first `Date` value that is not a day of the calendar in the form YYYY-MM-DD. */
  badDate?: { path: string; text: string; problem: "format" | "calendar" };
}

/** The scalar whose values must pass the domain's date check. */
const DATE_SCALAR = "Date";

function isDateType(type: GraphQLInputType | undefined): boolean {
  return type !== undefined && getNamedType(type).name === DATE_SCALAR;
}

/** Note the value if it is a date that is not a day of the calendar (first one only). */
function checkDate(item: Item, node: ValueNode | undefined, walk: Walk): void {
  if (walk.badDate || !isDateType(item.type)) return;
  const text = node ? (node.kind === Kind.STRING ? node.value : undefined) : item.value;
  if (typeof text !== "string") return; // a non-string is the scalar's own error
  const problem = dateProblem(text);
  if (problem) walk.badDate = { path: item.path, text, problem };
}

/** Input types whose fields are aggregation functions (IntScalarAggregationFilters, …). */
const isAggregationFilters = (type: GraphQLInputType | undefined) =>
  type !== undefined && getNamedType(type).name.endsWith("AggregationFilters");
/** The comparisons @neo4j/graphql translates under an aggregation function. */
const AGGREGATION_OPERATORS = new Set(["eq", "lt", "lte", "gt", "gte"]);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * `OR: []` or `NOT: {}`. The items of an OR list keep the list's path, so only the list itself
 * counts (an empty object in it is an empty condition, which is allowed).
 */
function isEmptyLogic(item: Item, node: ValueNode | undefined): boolean {
  if (item.path.endsWith(".OR"))
    return node
      ? node.kind === Kind.LIST && node.values.length === 0
      : Array.isArray(item.value) && item.value.length === 0;
  if (item.path.endsWith(".NOT"))
    return node
      ? node.kind === Kind.OBJECT && node.fields.length === 0
      : isObject(item.value) && Object.keys(item.value).length === 0;
  return false;
}

/** The type of an object field of an input type, if known. */
function fieldType(type: GraphQLInputType | undefined, key: string): GraphQLInputType | undefined {
  const named = type && getNullableType(type);
  return isInputObjectType(named) ? named.getFields()[key]?.type : undefined;
}

function itemType(type: GraphQLInputType | undefined): GraphQLInputType | undefined {
  const nullable = type && getNullableType(type);
  return isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined;
}

/**
 * Measure one value: input-object depth and, below a filter, the number of fields and nulls where
 * conditions belong. Variables met inside a literal are followed into their JSON value.
 */
function measure(start: Item, variables: Record<string, unknown>, limits: InputLimits, walk: Walk): void {
  const stack: Item[] = [start];
  const fields = (item: Item, entries: [string, unknown][], literal: boolean) => {
    walk.depth = Math.max(walk.depth, item.depth + 1);
    const aggregated = isAggregationFilters(item.type);
    for (const [key, value] of entries) {
      const filter = item.filter || key === "where";
      if (filter) walk.terms += 1;
      if (item.aggregated && !AGGREGATION_OPERATORS.has(key)) walk.badAggregation ??= `${item.path}.${key}`;
      const type = fieldType(item.type, key);
      stack.push({ value, literal, type, depth: item.depth + 1, filter, path: `${item.path}.${key}`, aggregated });
    }
  };
  while (stack.length > 0 && walk.depth <= limits.maxInputDepth && walk.terms <= limits.maxFilterTerms) {
    const item = stack.pop() as Item;
    const node = item.literal ? (item.value as ValueNode) : undefined;
    const isNull = node ? node.kind === Kind.NULL : item.value === null;
    if (item.filter && isEmptyLogic(item, node)) walk.emptyLogic ??= item.path;
    if (isNull) {
      if (item.filter && isInputObjectType(item.type && getNullableType(item.type))) walk.nullFilter ??= item.path;
    } else if (node?.kind === Kind.VARIABLE) {
      stack.push({ ...item, value: variables[node.name.value], literal: false });
    } else if (node?.kind === Kind.LIST) {
      for (const v of node.values) stack.push({ ...item, value: v, type: itemType(item.type) });
    } else if (node?.kind === Kind.OBJECT) {
      fields(
        item,
        node.fields.map((f) => [f.name.value, f.value]),
        true,
      );
    } else if (!node && Array.isArray(item.value)) {
      for (const v of item.value) stack.push({ ...item, value: v, type: itemType(item.type) });
    } else if (!node && isObject(item.value)) {
      fields(item, Object.entries(item.value), false);
    } else {
      checkDate(item, node, walk);
    }
  }
}

function tooDeep(where: string, limits: InputLimits): GraphQLError {
  return limitError(
    `${where} nests input objects more than ${limits.maxInputDepth} levels deep; filters must be flatter`,
    { code: "QUERY_TOO_COMPLEX", limit: "MAX_INPUT_DEPTH", max: limits.maxInputDepth },
  );
}

function dateError(where: string, bad: NonNullable<Walk["badDate"]>, nodes: ArgumentNode[]): GraphQLError {
  const why =
    bad.problem === "calendar"
      ? `${bad.text} is not a day of the calendar`
      : `expected a date YYYY-MM-DD, got "${bad.text}"`;
  return limitError(`${where}: \`${bad.path}\`: ${why}`, { code: "BAD_USER_INPUT", argument: bad.path }, nodes);
}

function pagingValue(arg: ArgumentNode, variables: Record<string, unknown>): unknown {
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) return variables[arg.value.name.value];
  return undefined;
}

/** Throws the first limit the request's argument values break (a GraphQLError with HTTP 400). */
export function checkInputs(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  limits: InputLimits,
): void {
  for (const [name, value] of Object.entries(variables)) {
    const walk: Walk = { depth: 0, terms: 0 };
    const item = { value, literal: false, type: undefined, depth: 0, filter: false, path: `$${name}` };
    measure(item, variables, { ...limits, maxFilterTerms: Infinity }, walk);
    if (walk.depth > limits.maxInputDepth) throw tooDeep(`Variable "$${name}"`, limits);
  }
  const typeInfo = new TypeInfo(schema);
  let terms = 0;
  let error: GraphQLError | undefined;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(arg) {
        const field = typeInfo.getFieldDef()?.name ?? "?";
        const where = `Argument "${arg.name.value}" of field "${field}"`;
        const minimum = PAGING_MINIMUM[arg.name.value];
        const n = minimum === undefined ? undefined : pagingValue(arg, variables);
        if (minimum !== undefined && typeof n === "number" && n < minimum) {
          error = limitError(
            `${where} must be ${minimum} or more; got ${n}`,
            { code: "BAD_USER_INPUT", argument: arg.name.value },
            [arg],
          );
          return BREAK;
        }
        const walk: Walk = { depth: 0, terms };
        const filter = FILTER_ARGUMENTS.has(arg.name.value);
        const type = typeInfo.getArgument()?.type;
        measure(
          { value: arg.value, literal: true, type, depth: 0, filter, path: arg.name.value },
          variables,
          limits,
          walk,
        );
        terms = walk.terms;
        if (walk.depth > limits.maxInputDepth) error = tooDeep(where, limits);
        else if (terms > limits.maxFilterTerms)
          error = limitError(
            `The query's filters have more than ${limits.maxFilterTerms} terms (${where} reached it); use fewer conditions or an \`in\` list`,
            { code: "QUERY_TOO_COMPLEX", limit: "MAX_FILTER_TERMS", max: limits.maxFilterTerms },
            [arg],
          );
        else if (walk.nullFilter)
          error = limitError(
            `${where}: \`${walk.nullFilter}\` takes conditions and cannot be null; leave it out instead`,
            { code: "BAD_USER_INPUT", argument: arg.name.value },
            [arg],
          );
        else if (walk.badAggregation)
          error = limitError(
            `${where}: \`${walk.badAggregation}\`: an aggregation filter compares with eq, lt, lte, gt or gte only`,
            { code: "BAD_USER_INPUT", argument: arg.name.value },
            [arg],
          );
        else if (walk.emptyLogic)
          error = limitError(
            `${where}: \`${walk.emptyLogic}\` is empty: it would match nothing, yet it is read as no condition and matches everything; give it conditions or leave it out`,
            { code: "BAD_USER_INPUT", argument: arg.name.value },
            [arg],
          );
        else if (walk.badDate) error = dateError(where, walk.badDate, [arg]);
        return error ? BREAK : undefined;
      },
    }),
  );
  if (error) throw error;
}
