/**
 * Cypher lives in `.cypher` files under cypher/queries, one statement per file, loaded by name
 * (`loadCypher("journey/get-result-journey")`) and cached. Each file opens with a `//` header
 * listing its parameters and what it returns.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CYPHER_ROOT = fileURLToPath(new URL("../../../cypher/", import.meta.url));
const cache = new Map<string, string>();

export function loadCypher(name: string): string {
  if (!/^[a-z0-9/-]+$/.test(name)) throw new Error(`Bad Cypher query name: ${name}`);
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(`${CYPHER_ROOT}queries/${name}.cypher`, "utf8");
    cache.set(name, text);
  }
  return text;
}

/** Split a migration file into statements: `;` at the end of a line ends one; `//` lines are comments. */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*\/\//.test(line)) continue;
    current.push(line);
    if (/;\s*$/.test(line)) {
      statements.push(current.join("\n").replace(/;\s*$/, "").trim());
      current = [];
    }
  }
  const rest = current.join("\n").trim();
  if (rest) statements.push(rest);
  return statements.filter((s) => s.length > 0);
}

const templates = new Map<string, string>();
const TEMPLATE_VALUE = /^(?:[A-Za-z][A-Za-z0-9_]*|[<>]=?)$/;

/**
 * A statement template — a query under cypher/queries whose `__NAME__` placeholders stand for what
 * Cypher cannot take as a parameter (labels, property keys, ASC/DESC, comparison operators) — with
 * its placeholders filled. Values must come from fixed lists in the code, never from input; each must
 * be an identifier or a comparison operator, and every placeholder of the file must get one.
 */
export function loadTemplate(name: string, values: Record<string, string>): string {
  const key = `${name}#${JSON.stringify(values)}`;
  let text = templates.get(key);
  if (text !== undefined) return text;
  text = loadCypher(name);
  for (const [placeholder, value] of Object.entries(values)) {
    if (!/^[A-Z]+$/.test(placeholder) || !TEMPLATE_VALUE.test(value))
      throw new Error(`Bad template value for ${name}: ${placeholder}=${value}`);
    text = text.replaceAll(`__${placeholder}__`, value);
  }
  const left = /__[A-Z]+__/.exec(text.replace(/^\/\/.*$/gm, ""));
  if (left) throw new Error(`Template ${name}: ${left[0]} has no value`);
  templates.set(key, text);
  return text;
}
