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
