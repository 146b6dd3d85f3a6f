/**
 * Nodes by id with the selection the client made on them, projected by @neo4j/graphql itself.
 *
 * A custom field that returns @node types (a keyset page's `edges { node { … } }`) finds its ids
 * with its own Cypher, then hands the client's selection on those nodes to the generated root list
 * field of the type (`deals(where: { id: { in: ids } })`): relationship fields, nested filters,
 * aliases, fragments and field authorization (a broker's contact fields) behave exactly as in the
 * generated API, in one more query by primary key. Root connections of the paged types use the
 * same path for their edges (schema/bounded-connections.ts).
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type SelectionNode,
} from "graphql";

/** The response key under which the projection returns each node's id (not a field clients see). */
const ID_KEY = "ttgraphSelectedId";

type Row = Record<string, unknown>;

function included(node: SelectionNode, info: GraphQLResolveInfo): boolean {
  const vars = info.variableValues;
  if (getDirectiveValues(GraphQLSkipDirective, node, vars)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, vars)?.if !== false;
}

/** The fields named `name` among `selections`, through fragments. */
export function fieldsNamed(selections: readonly SelectionNode[], name: string, info: GraphQLResolveInfo): FieldNode[] {
  const found: FieldNode[] = [];
  for (const s of selections) {
    if (!included(s, info)) continue;
    if (s.kind === Kind.FIELD) {
      if (s.name.value === name) found.push(s);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      found.push(...fieldsNamed(s.selectionSet.selections, name, info));
    } else {
      const fragment = info.fragments[s.name.value];
      if (fragment) found.push(...fieldsNamed(fragment.selectionSet.selections, name, info));
    }
  }
  return found;
}

/** The fields at `path` below the current field (e.g. ["edges", "node"]), by response key. */
export function selectionsAt(info: GraphQLResolveInfo, path: readonly string[]): Map<string, FieldNode[]> {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) {
    level = level.flatMap((f) => (f.selectionSet ? fieldsNamed(f.selectionSet.selections, name, info) : []));
  }
  const byKey = new Map<string, FieldNode[]>();
  for (const f of level) {
    const key = f.alias?.value ?? f.name.value;
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  return byKey;
}

/**
 * The generated root list field `listField` called with `args`, each node projected with the
 * selections of `fields` (all on one response key) plus its id under ID_KEY; rows in list order.
 */
export async function delegateToList(
  info: GraphQLResolveInfo,
  context: unknown,
  listField: string,
  fields: readonly FieldNode[],
  args: Record<string, unknown>,
): Promise<Row[]> {
  const query = info.schema.getQueryType();
  const list = query?.getFields()[listField];
  if (!query || !list?.resolve) throw new Error(`No generated list field Query.${listField}`);
  const idField: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: ID_KEY },
    name: { kind: Kind.NAME, value: "id" },
  };
  const fieldNode: FieldNode = {
    kind: Kind.FIELD,
    name: { kind: Kind.NAME, value: listField },
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [idField, ...fields.flatMap((f) => f.selectionSet?.selections ?? [])],
    },
  };
  const listInfo: GraphQLResolveInfo = {
    ...info,
    fieldName: listField,
    fieldNodes: [fieldNode],
    returnType: list.type,
    parentType: query,
    path: { prev: undefined, key: listField, typename: query.name },
  };
  const resolve = list.resolve as GraphQLFieldResolver<unknown, unknown>;
  return (await resolve(undefined, args, context, listInfo)) as Row[];
}

/** The id of a row returned by delegateToList. */
export const rowId = (row: Row): string => String(row[ID_KEY]);

/**
 * The nodes with these ids, each projected with the selections of `fields` (all on one response
 * key): id → projected node (ids not found are missing).
 */
export async function projectNodes(
  info: GraphQLResolveInfo,
  context: unknown,
  listField: string,
  fields: readonly FieldNode[],
  ids: readonly string[],
): Promise<Map<string, Row>> {
  if (ids.length === 0) return new Map();
  const rows = await delegateToList(info, context, listField, fields, {
    where: { id: { in: ids } },
    limit: ids.length,
  });
  return new Map(rows.map((row) => [rowId(row), row]));
}
