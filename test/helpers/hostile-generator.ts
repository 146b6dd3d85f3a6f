/**
 * Hostile GraphQL requests generated from the schema with fast-check: random walks over the
 * fields of Query (aliases, nesting past the depth limit, inline fragments on unions), argument
 * values of every input type (negative and huge numbers, injection strings, filters nested past the
 * input limits, long OR lists, wrong enum names), half of them sent as variables, and now and then a
 * fragment bomb or a fragment that spreads itself. Mostly well-typed, so that the requests reach
 * the limits and the resolvers rather than stop at validation.
 */
import fc from "fast-check";
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { fragmentBomb } from "./hostile-documents.js";

type Draw = fc.GeneratorValue;

export interface HostileRequest {
  query: string;
  variables: Record<string, unknown>;
}

/** Strings an attacker tries: Cypher and Lucene syntax, quotes, controls, long text. */
const NASTY_STRINGS = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  "APITEST-BRK-1",
  "APITEST-BRK-1` RETURN 1 //",
  "*:*",
  "name:(a OR b)~2^3",
  "\u0000\u001f",
  "成都",
  "x".repeat(2000),
  "",
];

const DATES = ["2024-01-01", "2024-12-31", "1900-01-01", "9999-12-31"];

function intValue(g: Draw): number {
  const special = [-1, 0, 499, 500, 501, 2_147_483_647, -2_147_483_648];
  return g(fc.boolean) ? g(fc.integer, { min: -3, max: 30 }) : g(fc.constantFrom, ...special);
}

/** A JS value for an input type; `budget` bounds the size of input objects and lists. */
function inputValue(g: Draw, type: GraphQLInputType, budget: { nodes: number }, depth: number): unknown {
  if (isNonNullType(type)) {
    const value = inputValue(g, type.ofType as GraphQLInputType, budget, depth);
    return value === null ? inputValue(g, type.ofType as GraphQLInputType, budget, depth) : value;
  }
  if (g(fc.integer, { min: 0, max: 29 }) === 0) return null;
  if (isListType(type)) {
    const long = g(fc.integer, { min: 0, max: 19 }) === 0;
    const length = long ? g(fc.integer, { min: 50, max: 300 }) : g(fc.integer, { min: 0, max: 3 });
    const out: unknown[] = [];
    for (let i = 0; i < length && budget.nodes > 0; i++) {
      budget.nodes -= 1;
      out.push(inputValue(g, type.ofType as GraphQLInputType, budget, depth));
    }
    return out;
  }
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType) {
    const values = named.getValues().map((v) => v.name);
    return g(fc.integer, { min: 0, max: 29 }) === 0 ? "NOT_A_VALUE" : g(fc.constantFrom, ...values);
  }
  if (named instanceof GraphQLScalarType) {
    switch (named.name) {
      case "Int":
        return intValue(g);
      case "Float":
        return g(fc.boolean)
          ? g(fc.double, { noNaN: true, noDefaultInfinity: true })
          : g(fc.constantFrom, -1, 0, 1e308);
      case "Boolean":
        return g(fc.boolean);
      case "Date":
        return g(fc.constantFrom, ...DATES);
      case "DateTime":
        return "2024-01-01T00:00:00Z";
      default:
        return g(fc.constantFrom, ...NASTY_STRINGS);
    }
  }
  if (named instanceof GraphQLInputObjectType) {
    if (depth > 16 || budget.nodes <= 0) return {};
    const fields = Object.values(named.getFields());
    const count = g(fc.integer, { min: 1, max: Math.min(3, fields.length) });
    const out: Record<string, unknown> = {};
    for (let i = 0; i < count && budget.nodes > 0; i++) {
      const field = fields[g(fc.integer, { min: 0, max: fields.length - 1 })];
      if (!field) continue;
      budget.nodes -= 1;
      out[field.name] = inputValue(g, field.type, budget, depth + 1);
    }
    return out;
  }
  return null;
}

/** GraphQL literal of a JS value of an input type (enum names unquoted). */
function literalOf(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return "null";
  if (isNonNullType(type)) return literalOf(value, type.ofType as GraphQLInputType);
  if (isListType(type)) {
    const list = Array.isArray(value) ? value : [value];
    return `[${list.map((v) => literalOf(v, type.ofType as GraphQLInputType)).join(", ")}]`;
  }
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType) return String(value);
  if (isInputObjectType(named)) {
    const fields = named.getFields();
    const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => fields[k]);
    return `{ ${entries.map(([k, v]) => `${k}: ${literalOf(v, fields[k]!.type)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

function typeName(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return `${typeName(type.ofType as GraphQLInputType)}!`;
  if (type instanceof GraphQLList) return `[${typeName(type.ofType as GraphQLInputType)}]`;
  return (type as GraphQLNamedType).name;
}

class Writer {
  readonly variables: Record<string, unknown> = {};
  readonly definitions: string[] = [];
  private aliases = 0;

  constructor(
    private readonly g: Draw,
    private readonly schema: GraphQLSchema,
  ) {}

  arguments(field: GraphQLField<unknown, unknown>): string {
    const parts: string[] = [];
    for (const arg of field.args) {
      const required = isNonNullType(arg.type);
      if (!required && this.g(fc.boolean)) continue;
      const value = inputValue(this.g, arg.type, { nodes: this.g(fc.constantFrom, 8, 40, 400) }, 0);
      if (this.g(fc.boolean)) {
        const name = `v${this.definitions.length}`;
        this.definitions.push(`$${name}: ${typeName(arg.type)}`);
        this.variables[name] = value;
        parts.push(`${arg.name}: $${name}`);
      } else {
        parts.push(`${arg.name}: ${literalOf(value, arg.type)}`);
      }
    }
    return parts.length ? `(${parts.join(", ")})` : "";
  }

  selection(type: GraphQLNamedType, depth: number): string {
    if (isAbstractType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const chosen = possible.filter(() => this.g(fc.boolean)).slice(0, 3);
      const parts = chosen.map((t) => `... on ${t.name} ${this.selection(t, depth)}`);
      return `{ __typename ${parts.join(" ")} }`;
    }
    if (!isObjectType(type)) return "";
    // distinct fields (the same field twice with other arguments is a plain validation error);
    // fewer the deeper, so that most documents stay within the token limit
    const all = Object.values(type.getFields());
    const indices = all.map((_, i) => i);
    const chosen = this.g(fc.shuffledSubarray, indices, {
      minLength: 1,
      maxLength: Math.min(depth > 3 ? 1 : 4, all.length),
    });
    const parts: string[] = [];
    for (const field of chosen.map((i) => all[i] as GraphQLField<unknown, unknown>)) {
      const named = getNamedType(field.type);
      if (isCompositeType(named) && depth > 14) continue;
      const alias = this.g(fc.integer, { min: 0, max: 4 }) === 0 ? `a${this.aliases++}: ` : "";
      const nested = isCompositeType(named) ? ` ${this.selection(named, depth + 1)}` : "";
      parts.push(`${alias}${field.name}${this.arguments(field)}${nested}`);
    }
    if (this.g(fc.integer, { min: 0, max: 19 }) === 0) {
      // many aliases of one cheap field
      const n = this.g(fc.integer, { min: 10, max: 60 });
      for (let i = 0; i < n; i++) parts.push(`t${this.aliases++}: __typename`);
    }
    return `{ ${parts.length ? parts.join(" ") : "__typename"} }`;
  }
}

/** One hostile request: a random query over the schema, or one of the known bombs. */
export function hostileRequest(g: Draw, schema: GraphQLSchema): HostileRequest {
  const kind = g(fc.integer, { min: 0, max: 19 });
  if (kind === 0) return { query: fragmentBomb(g(fc.integer, { min: 5, max: 40 })), variables: {} };
  if (kind === 1) return { query: `{ brokers(limit: 1) { ...A } } fragment A on Broker { id ...A }`, variables: {} };
  const writer = new Writer(g, schema);
  const body = writer.selection(schema.getQueryType() as GraphQLNamedType, 1);
  const header = writer.definitions.length ? `query Fuzz(${writer.definitions.join(", ")}) ` : "";
  return { query: `${header}${body}`, variables: writer.variables };
}
