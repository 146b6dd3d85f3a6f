/**
 * The type definitions: every graph-api/schema/*.graphql file (sorted by name), merged into one
 * document, with `@limit(default, max)` from the configuration added to every `@node` type that
 * does not set its own — so every generated list is bounded, including nested relationship lists.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type ObjectTypeDefinitionNode,
} from "graphql";

export const SCHEMA_DIR = fileURLToPath(new URL("../../schema/", import.meta.url));

export interface PageLimits {
  DEFAULT_PAGE_SIZE: number;
  MAX_PAGE_SIZE: number;
}

/** Names of the .graphql files, sorted. */
export function schemaFiles(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort();
}

const intArg = (name: string, value: number) =>
  ({
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value: { kind: Kind.INT, value: String(value) },
  }) as const;

function limitDirective(limits: PageLimits): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: "limit" },
    arguments: [
      intArg("default", Math.min(limits.DEFAULT_PAGE_SIZE, limits.MAX_PAGE_SIZE)),
      intArg("max", limits.MAX_PAGE_SIZE),
    ],
  };
}

/** `@key(fields: "id")`: each node type is a federation entity keyed by its id. */
const KEY_DIRECTIVE: ConstDirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: "key" },
  arguments: [
    { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "fields" }, value: { kind: Kind.STRING, value: "id" } },
  ],
};

/** The Federation 2 `@link` that getSubgraphSchema() requires. */
const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])';

/**
 * Types that are not @node but are federation entities keyed by id: `NodeRef` names a node, so
 * another subgraph can add fields to every node an analytics result points to.
 */
export const ENTITY_REFERENCE_TYPES = new Set(["NodeRef"]);

function augment(def: DefinitionNode, options: TypeDefOptions): DefinitionNode {
  if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) return def;
  const names = (def.directives ?? []).map((d) => d.name.value);
  if (options.FEDERATION && ENTITY_REFERENCE_TYPES.has(def.name.value) && !names.includes("key"))
    return { ...def, directives: [...(def.directives ?? []), KEY_DIRECTIVE] };
  if (!names.includes("node")) return def;
  const extra: ConstDirectiveNode[] = [];
  if (!names.includes("limit")) extra.push(limitDirective(options));
  if (options.FEDERATION && !names.includes("key")) extra.push(KEY_DIRECTIVE);
  return extra.length ? { ...def, directives: [...(def.directives ?? []), ...extra] } : def;
}

export interface TypeDefOptions extends PageLimits {
  /** Add the Federation 2 link and `@key(fields: "id")` on node types. */
  FEDERATION?: boolean;
}

/** Parse and merge all schema files; a syntax error names its file. */
export function loadTypeDefs(options: TypeDefOptions, dir = SCHEMA_DIR): DocumentNode {
  const definitions: DefinitionNode[] = [];
  for (const file of schemaFiles(dir)) {
    let doc: DocumentNode;
    try {
      doc = parse(readFileSync(`${dir}${file}`, "utf8"));
    } catch (e) {
      throw new Error(`graph-api/schema/${file}: ${(e as Error).message}`, { cause: e });
    }
    definitions.push(...doc.definitions.map((d) => augment(d, options)));
  }
  if (options.FEDERATION) definitions.push(...parse(FEDERATION_LINK).definitions);
  return { kind: Kind.DOCUMENT, definitions: mergeOrphanExtensions(definitions) };
}

/**
 * `extend type Query { … }` in several files, with no `type Query` anywhere: @neo4j/graphql's
 * validation fails on an extension without a definition, so the extensions of a type that has no
 * definition are merged into one definition (fields and directives in file order).
 */
export function mergeOrphanExtensions(definitions: DefinitionNode[]): DefinitionNode[] {
  const defined = new Set(definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION).map((d) => d.name.value));
  const merged = new Map<string, ObjectTypeDefinitionNode>();
  const out: DefinitionNode[] = [];
  for (const d of definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_EXTENSION || defined.has(d.name.value)) {
      out.push(d);
      continue;
    }
    const previous = merged.get(d.name.value);
    const next: ObjectTypeDefinitionNode = {
      kind: Kind.OBJECT_TYPE_DEFINITION,
      name: d.name,
      interfaces: [...(previous?.interfaces ?? []), ...(d.interfaces ?? [])],
      directives: [...(previous?.directives ?? []), ...(d.directives ?? [])],
      fields: [...(previous?.fields ?? []), ...(d.fields ?? [])],
    };
    if (!previous) out.push(next);
    else out[out.indexOf(previous)] = next;
    merged.set(d.name.value, next);
  }
  return out;
}
