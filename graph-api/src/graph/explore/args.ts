/** Validation of explore arguments: bounded ints and names checked against the domain model. */
import { GraphQLError } from "graphql";
import { NODE_TYPE_NAMES, REL_BY_TYPE, RELATIONSHIPS } from "../../domain/model.js";

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
}

/** `value` if given (must be an int in [min, max]), else `fallback`. */
export function intArg(value: number | null | undefined, name: string, fallback: number, max: number, min = 1): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max)
    throw badInput(`${name} must be an integer from ${min} to ${max}`);
  return value;
}

/** A node type label of the model (safe to use as a dynamic label). */
export function nodeTypeArg(type: string): string {
  if (!(NODE_TYPE_NAMES as string[]).includes(type)) throw badInput(`Unknown node type: ${type}`);
  return type;
}

export function nodeTypesArg(types: readonly string[] | null | undefined): string[] | null {
  return types && types.length > 0 ? types.map(nodeTypeArg) : null;
}

/** The relationship types to expand along: the given one (validated) or all of the model's. */
export function relTypesArg(relType: string | null | undefined): string[] {
  if (relType === null || relType === undefined) return RELATIONSHIPS.map((r) => r.type);
  if (!REL_BY_TYPE.has(relType)) throw badInput(`Unknown relationship type: ${relType}`);
  return [relType];
}
