/**
 * Build a small hand-made graph for a test: nodes with their type label and :Entity, date
 * properties stored as Neo4j dates (as the importer stores them), relationships by node id.
 * Labels and relationship types are checked against the domain model before use.
 */
import neo4j, { type Driver } from "neo4j-driver";
import { NODE_TYPE_NAMES, REL_BY_TYPE, type NodeType } from "../../graph-api/src/domain/model.js";

export type FixtureNode = { label: NodeType; id: string; name?: string } & Record<string, unknown>;
/** [fromId, TYPE, toId, properties?] */
export type FixtureRel = [string, string, string, Record<string, unknown>?];

const DATE_FIELDS = new Set(["registeredOn", "filedOn", "postedOn", "signedOn", "date", "since"]);

function toNeo4j(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props).map(([k, v]) => {
      if (DATE_FIELDS.has(k) && typeof v === "string") {
        const [y, m, d] = v.split("-").map(Number);
        return [k, new neo4j.types.Date(y!, m!, d!)];
      }
      return [k, v];
    }),
  );
}

/** Create the nodes, then the relationships (a missing end node is an error). */
export async function createGraph(driver: Driver, nodes: FixtureNode[], rels: FixtureRel[]): Promise<void> {
  for (const label of new Set(nodes.map((n) => n.label))) {
    if (!NODE_TYPE_NAMES.includes(label)) throw new Error(`unknown label ${label}`);
    const rows = nodes.filter((n) => n.label === label).map(({ label: _l, ...p }) => toNeo4j({ name: p.id, ...p }));
    await driver.executeQuery(`UNWIND $rows AS r CREATE (n:${label}:Entity) SET n = r`, { rows });
  }
  for (const type of new Set(rels.map((r) => r[1]))) {
    if (!REL_BY_TYPE.has(type)) throw new Error(`unknown relationship type ${type}`);
    const rows = rels
      .filter((r) => r[1] === type)
      .map(([from, , to, props]) => ({ from, to, props: toNeo4j(props ?? {}) }));
    const res = await driver.executeQuery(
      `UNWIND $rows AS r MATCH (a:Entity {id: r.from}) MATCH (b:Entity {id: r.to}) CREATE (a)-[x:${type}]->(b) SET x = r.props RETURN count(x) AS c`,
      { rows },
    );
    const created = Number(res.records[0]?.get("c"));
    if (created !== rows.length) throw new Error(`${type}: created ${created} of ${rows.length} (an id is missing)`);
  }
}

/** Node and relationship builders whose ids carry a per-file prefix (`GAP-…`), so files never clash. */
export function prefixedBuilders(prefix: string) {
  const n = (label: FixtureNode["label"], id: string, props: Record<string, unknown> = {}): FixtureNode => ({
    label,
    id: `${prefix}-${id}`,
    ...props,
  });
  const r = (from: string, type: string, to: string, props?: Record<string, unknown>): FixtureRel => [
    `${prefix}-${from}`,
    type,
    `${prefix}-${to}`,
    props,
  ];
  return { n, r };
}
