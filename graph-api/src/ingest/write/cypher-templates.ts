/**
 * Per-type statements from the templates in cypher/queries/ingest: a label or relationship type
 * cannot be a parameter, so the template's `__LABEL__` / `__TYPE__` is replaced — only ever by a
 * name from the domain model's fixed lists, checked here.
 */
import { NODE_TYPE_NAMES, REL_BY_TYPE } from "../../domain/model.js";
import { loadCypher } from "../../db/cypher.js";

const cache = new Map<string, string>();

function assertNodeType(name: string): void {
  if (!(NODE_TYPE_NAMES as readonly string[]).includes(name)) throw new Error(`Not a node type of the model: ${name}`);
}

function assertRelType(name: string): void {
  if (!REL_BY_TYPE.has(name)) throw new Error(`Not a relationship type of the model: ${name}`);
}

/** `template` (a query name under cypher/queries) with its `__LABEL__` set to node type `label`. */
export function forNodeType(template: string, label: string): string {
  assertNodeType(label);
  const key = `${template}#${label}`;
  let text = cache.get(key);
  if (text === undefined) cache.set(key, (text = loadCypher(template).replaceAll("__LABEL__", label)));
  return text;
}

/** `template` with its `__TYPE__` set to relationship type `type`. */
export function forRelType(template: string, type: string): string {
  assertRelType(type);
  const key = `${template}#${type}`;
  let text = cache.get(key);
  if (text === undefined) cache.set(key, (text = loadCypher(template).replaceAll("__TYPE__", type)));
  return text;
}
