/**
 * The graph model of the domain contract (docs/domain.md) as data: node types with their fields, relationship
 * types with their end types and properties. The importer, exporter, generator and the schema
 * consistency test all read this one description.
 */
import type { EnumName } from "./enums.js";

export type FieldType =
  | { kind: "string" }
  | { kind: "string[]" }
  | { kind: "boolean" }
  | { kind: "int"; min?: number; max?: number }
  | { kind: "float"; min?: number }
  | { kind: "date" }
  | { kind: "enum"; enum: EnumName }
  | { kind: "uscc" };

export interface FieldSpec {
  name: string;
  type: FieldType;
  required: boolean;
}

const f = (name: string, type: FieldType, required = false): FieldSpec => ({ name, type, required });
const str = { kind: "string" } as const;
const bool = { kind: "boolean" } as const;
const date = { kind: "date" } as const;
const en = (e: EnumName): FieldType => ({ kind: "enum", enum: e });

/** Fields every node has, in CSV column order. */
const COMMON: FieldSpec[] = [f("id", str, true), f("name", str, true), f("nameEn", str)];

export const NODE_TYPES = {
  Broker: [
    f("titleLevel", en("TitleLevel"), true),
    f("registeredOn", date),
    f("commissioner", bool),
    f("shortageCatalog", bool),
    f("talentProgram", bool),
  ],
  Agency: [
    f("kind", en("AgencyKind"), true),
    f("level", en("AgencyLevel"), true),
    f("filedOn", date),
    f("foundedYear", { kind: "int", min: 1900, max: 2100 }),
  ],
  Alliance: [f("kind", en("AllianceKind"), true)],
  Institution: [f("kind", en("InstitutionKind"), true), f("disciplines", { kind: "string[]" })],
  Lab: [f("level", en("LabLevel"), true)],
  Enterprise: [
    f("uscc", { kind: "uscc" }),
    f("highTech", bool),
    f("chainLeader", bool),
    f("size", en("EnterpriseSize")),
  ],
  IndustryChain: [f("ecosystem", str)],
  District: [f("city", str, true), f("inChengdu", bool, true), f("kind", en("DistrictKind"), true)],
  Result: [
    f("kind", en("ResultKind"), true),
    f("trl", { kind: "int", min: 1, max: 9 }),
    f("year", { kind: "int", min: 1949, max: 2100 }, true),
    f("status", en("ResultStatus"), true),
    f("summary", str),
  ],
  Demand: [
    f("budget", { kind: "float", min: 0 }),
    f("postedOn", date, true),
    f("status", en("DemandStatus"), true),
    f("description", str),
  ],
  Deal: [
    f("kind", en("DealKind"), true),
    f("amount", { kind: "float", min: 0 }),
    f("signedOn", date, true),
    f("registered", bool),
  ],
  Event: [f("kind", en("EventKind"), true), f("series", str), f("date", date, true)],
  Platform: [f("kind", en("PlatformKind"), true)],
  Award: [f("category", en("AwardCategory"), true), f("year", { kind: "int", min: 1949, max: 2100 }, true)],
} as const satisfies Record<string, FieldSpec[]>;

export type NodeType = keyof typeof NODE_TYPES;
export const NODE_TYPE_NAMES = Object.keys(NODE_TYPES) as NodeType[];

/** All fields of a node type, in CSV column order. */
export function nodeFields(type: NodeType): FieldSpec[] {
  return [...COMMON, ...NODE_TYPES[type]];
}

export interface RelSpec {
  type: string;
  from: NodeType[];
  to: NodeType[];
  properties: FieldSpec[];
}

const rel = (type: string, from: NodeType[], to: NodeType[], properties: FieldSpec[] = []): RelSpec => ({
  type,
  from,
  to,
  properties,
});

export const RELATIONSHIPS: RelSpec[] = [
  rel("EMPLOYED_BY", ["Broker"], ["Agency", "Institution", "Enterprise"], [f("since", date)]),
  rel("SPECIALIZES_IN", ["Broker"], ["IndustryChain"]),
  rel("BROKERED", ["Broker"], ["Deal"], [f("role", en("BrokerRole"), true)]),
  rel("SERVED", ["Agency"], ["Deal"]),
  rel("ATTENDED", ["Broker"], ["Event"], [f("hours", { kind: "float", min: 0 }), f("certified", bool)]),
  rel("RECEIVED", ["Broker", "Agency", "Deal"], ["Award"]),
  rel("LOCATED_IN", ["Agency", "Institution", "Enterprise", "Platform", "Event"], ["District"]),
  rel("MEMBER_OF", ["Agency", "Institution", "Enterprise"], ["Alliance"], [f("since", date)]),
  rel("COVERS", ["Agency"], ["IndustryChain"]),
  rel("PART_OF", ["Lab"], ["Institution"]),
  rel("DEVELOPED", ["Lab", "Institution", "Enterprise"], ["Result"]),
  rel("APPLIES_TO", ["Result"], ["IndustryChain"]),
  rel("PRESENTED_AT", ["Result"], ["Event"]),
  rel("PILOTED_AT", ["Result"], ["Platform"]),
  rel("POSTED", ["Enterprise"], ["Demand"]),
  rel("NEEDS", ["Demand"], ["IndustryChain"]),
  rel("IN_CHAIN", ["Enterprise"], ["IndustryChain"]),
  rel("TRANSFERS", ["Deal"], ["Result"]),
  rel("SELLER", ["Deal"], ["Institution", "Lab", "Enterprise"]),
  rel("BUYER", ["Deal"], ["Enterprise"]),
  rel("ANSWERS", ["Deal"], ["Demand"]),
  rel("ORIGINATED_AT", ["Deal"], ["Event"]),
  rel("ORGANIZED", ["Agency", "Institution", "Alliance"], ["Event"]),
  rel("OPERATES", ["Agency", "Institution", "Enterprise"], ["Platform"]),
];

export const REL_BY_TYPE = new Map(RELATIONSHIPS.map((r) => [r.type, r]));

/** Columns of a relationship CSV: from, to, then its properties. */
export function relColumns(spec: RelSpec): string[] {
  return ["from", "to", ...spec.properties.map((p) => p.name)];
}
