/**
 * Ids and names of the graph model given as arguments: ids must be non-blank and of a sane length,
 * node and relationship type names must be the model's (they become labels and types in Cypher).
 */
import { NODE_TYPE_NAMES, REL_BY_TYPE, RELATIONSHIPS } from "../../domain/model.js";
import { badUserInput } from "./bad-input.js";

/** Longer ids do not exist in the graph (the importer's ids are short codes). */
export const MAX_ID_LENGTH = 200;

export function idArg(value: string, argument: string): string {
  if (value.trim() === "") throw badUserInput(argument, "expected a non-empty id");
  if (value.length > MAX_ID_LENGTH) throw badUserInput(argument, `ids are at most ${MAX_ID_LENGTH} characters`);
  return value;
}

export function optionalIdArg(value: string | null | undefined, argument: string): string | null {
  return value === null || value === undefined ? null : idArg(value, argument);
}

/** A list of ids, at most `max` of them, each checked. */
export function idListArg(values: readonly string[], argument: string, max: number): string[] {
  if (values.length > max) throw badUserInput(argument, `at most ${max} ids`);
  return values.map((v, i) => idArg(v, `${argument}[${i}]`));
}

/** A node type of the model (safe to use as a label). */
export function nodeTypeArg(type: string, argument: string): string {
  if (!(NODE_TYPE_NAMES as string[]).includes(type)) throw badUserInput(argument, `unknown node type ${type}`);
  return type;
}

/** Node types, or null (= every type) when none are given. */
export function nodeTypesArg(types: readonly string[] | null | undefined, argument: string): string[] | null {
  return types && types.length > 0 ? types.map((t) => nodeTypeArg(t, argument)) : null;
}

/** The relationship types to follow: the given one (a type of the model) or all of them. */
export function relTypesArg(relType: string | null | undefined, argument: string): string[] {
  if (relType === null || relType === undefined) return RELATIONSHIPS.map((r) => r.type);
  if (!REL_BY_TYPE.has(relType)) throw badUserInput(argument, `unknown relationship type ${relType}`);
  return [relType];
}
