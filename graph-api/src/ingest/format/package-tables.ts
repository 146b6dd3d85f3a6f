/**
 * The files of a data package, derived from the domain model: one table per node type
 * (`Broker.csv`) and one per relationship type (`BROKERED.csv`), each with its columns and the
 * field spec of every column. Importer, exporter and writer all read this one list.
 */
import {
  NODE_TYPE_NAMES,
  RELATIONSHIPS,
  nodeFields,
  type FieldSpec,
  type NodeType,
  type RelSpec,
} from "../../domain/model.js";

export interface NodeTable {
  kind: "node";
  /** Node type = label = file name without `.csv`. */
  name: NodeType;
  fields: FieldSpec[];
  columns: string[];
}

export interface RelTable {
  kind: "rel";
  /** Relationship type = file name without `.csv`. */
  name: string;
  spec: RelSpec;
  /** `from`, `to`, then the properties. */
  fields: FieldSpec[];
  columns: string[];
}

export type PackageTable = NodeTable | RelTable;

const ENDPOINT = (name: "from" | "to"): FieldSpec => ({ name, type: { kind: "string" }, required: true });

export const NODE_TABLES: NodeTable[] = NODE_TYPE_NAMES.map((name) => {
  const fields = nodeFields(name);
  return { kind: "node", name, fields, columns: fields.map((f) => f.name) };
});

export const REL_TABLES: RelTable[] = RELATIONSHIPS.map((spec) => {
  const fields = [ENDPOINT("from"), ENDPOINT("to"), ...spec.properties];
  return { kind: "rel", name: spec.type, spec, fields, columns: fields.map((f) => f.name) };
});

/** Node tables first (relationships need their endpoints), each group in model order. */
export const PACKAGE_TABLES: PackageTable[] = [...NODE_TABLES, ...REL_TABLES];

const BY_NAME = new Map<string, PackageTable>(PACKAGE_TABLES.map((t) => [t.name, t]));

/** The table for a file or sheet name (`Broker.csv`, `Broker`), or undefined when unknown. */
export function tableForFile(fileName: string): PackageTable | undefined {
  return BY_NAME.get(fileName.replace(/\.csv$/i, ""));
}

/** Index of a node type in NODE_TYPE_NAMES (the compact id registry stores this). */
export const NODE_TYPE_INDEX = new Map<string, number>(NODE_TYPE_NAMES.map((t, i) => [t, i]));
