/**
 * A result's journey (resultJourney) → Cytoscape elements in fixed columns, left to right:
 * institution → lab/developer → result → events and platforms → brokers and agencies → deals →
 * buyers → buyer districts and chains. Pure: positions are computed here (a preset layout), so the
 * picture is the same on every load and testable without a renderer.
 */
import type { ElementDefinition } from "cytoscape";
import { shortLabel } from "../../../lib/graph/element-mapping";
import { typeStyle } from "../../../lib/graph/node-styles";

/** The columns, in order. */
export const JOURNEY_COLUMNS = [
  "institution",
  "developer",
  "result",
  "event",
  "intermediary",
  "deal",
  "buyer",
  "place",
] as const;
export type JourneyColumn = (typeof JOURNEY_COLUMNS)[number];

export const COLUMN_WIDTH = 190;
export const ROW_HEIGHT = 64;

interface Ref {
  id: string;
  name: string;
  type: string;
}

/** The part of the resultJourney answer the picture needs (generated types are assignable to it). */
export interface JourneyInput {
  result: Ref;
  developers: readonly { developer: Ref; institution?: Ref | null }[];
  events: readonly { id: string; name: string; date: string }[];
  platforms: readonly { id: string; name: string }[];
  deals: readonly {
    id: string;
    name: string;
    kind: string;
    signedOn: string;
    amount?: number | null;
    brokers: readonly { id: string; name: string; role: string }[];
    agencies: readonly Ref[];
    buyer?: Ref | null;
    buyerDistrict?: Ref | null;
    buyerInChengdu: boolean;
    buyerChains: readonly Ref[];
    originatedAt: readonly Ref[];
  }[];
}

export interface JourneyPicture {
  elements: ElementDefinition[];
  /** Columns that have nodes, with their x position (for the column headings). */
  columns: { column: JourneyColumn; x: number; count: number }[];
}

export interface JourneyLabels {
  rel: (type: string) => string;
  role: (role: string) => string;
  dealKind: (kind: string) => string;
}

interface PendingNode {
  id: string;
  name: string;
  type: string;
  column: JourneyColumn;
  label: string;
  classes: string[];
}

export function journeyElements(j: JourneyInput, labels: JourneyLabels): JourneyPicture {
  const nodes = new Map<string, PendingNode>();
  const edges = new Map<string, ElementDefinition>();
  const addNode = (ref: Ref, column: JourneyColumn, label = shortLabel(ref.name), classes: string[] = []): void => {
    if (!nodes.has(ref.id)) nodes.set(ref.id, { id: ref.id, name: ref.name, type: ref.type, column, label, classes });
  };
  const addEdge = (
    source: string,
    type: string,
    target: string,
    label = labels.rel(type),
    classes: string[] = [],
  ): void => {
    const id = `${source}|${type}|${target}`;
    if (!edges.has(id)) edges.set(id, { group: "edges", data: { id, source, target, type, label }, classes });
  };

  addNode(j.result, "result", shortLabel(j.result.name, 18), ["focus"]);
  for (const d of j.developers) {
    const inst = d.institution && d.institution.id !== d.developer.id ? d.institution : null;
    // An institution that developed the result itself sits in the institution column.
    addNode(d.developer, inst || d.developer.type === "Lab" ? "developer" : "institution");
    if (inst) {
      addNode(inst, "institution");
      addEdge(inst.id, "PART_OF", d.developer.id);
    }
    addEdge(d.developer.id, "DEVELOPED", j.result.id);
  }
  for (const e of j.events) {
    addNode({ id: e.id, name: e.name, type: "Event" }, "event", `${shortLabel(e.name, 12)}\n${e.date}`);
    addEdge(j.result.id, "PRESENTED_AT", e.id);
  }
  for (const p of j.platforms) {
    addNode({ id: p.id, name: p.name, type: "Platform" }, "event");
    addEdge(j.result.id, "PILOTED_AT", p.id);
  }
  for (const d of j.deals) {
    const amount = d.amount == null ? "" : ` · ${d.amount}万元`;
    addNode({ id: d.id, name: d.name, type: "Deal" }, "deal", `${labels.dealKind(d.kind)}\n${d.signedOn}${amount}`);
    addEdge(j.result.id, "TRANSFERS", d.id);
    for (const ev of d.originatedAt) {
      addNode(ev, "event");
      addEdge(ev.id, "ORIGINATED_AT", d.id);
    }
    for (const b of d.brokers) {
      addNode({ id: b.id, name: b.name, type: "Broker" }, "intermediary");
      addEdge(
        b.id,
        "BROKERED",
        d.id,
        `${labels.rel("BROKERED")}·${labels.role(b.role)}`,
        b.role === "LEAD" ? ["lead"] : [],
      );
    }
    for (const a of d.agencies) {
      addNode(a, "intermediary");
      addEdge(a.id, "SERVED", d.id);
    }
    if (d.buyer) {
      addNode(d.buyer, "buyer", shortLabel(d.buyer.name), [d.buyerInChengdu ? "in-chengdu" : "outside"]);
      addEdge(d.id, "BUYER", d.buyer.id);
      if (d.buyerDistrict) {
        addNode(d.buyerDistrict, "place", d.buyerDistrict.name, [d.buyerInChengdu ? "in-chengdu" : "outside"]);
        addEdge(d.buyer.id, "LOCATED_IN", d.buyerDistrict.id);
      }
      for (const c of d.buyerChains) {
        addNode(c, "place");
        addEdge(d.buyer.id, "IN_CHAIN", c.id);
      }
    }
  }
  return place([...nodes.values()], [...edges.values()]);
}

/** Stack each column's nodes (in insertion order: deals by date) centred on y = 0. */
function place(nodes: PendingNode[], edges: ElementDefinition[]): JourneyPicture {
  const byColumn = new Map<JourneyColumn, PendingNode[]>();
  for (const n of nodes) byColumn.set(n.column, [...(byColumn.get(n.column) ?? []), n]);
  const used = JOURNEY_COLUMNS.filter((c) => byColumn.has(c));
  const elements: ElementDefinition[] = [];
  const columns: JourneyPicture["columns"] = [];
  used.forEach((column, ci) => {
    const list = byColumn.get(column) ?? [];
    const x = ci * COLUMN_WIDTH;
    columns.push({ column, x, count: list.length });
    list.forEach((n, row) => {
      const style = typeStyle(n.type);
      elements.push({
        group: "nodes",
        data: {
          id: n.id,
          label: n.label,
          name: n.name,
          type: n.type,
          color: style.color,
          shape: style.shape,
          size: n.column === "result" ? 44 : 30,
          column,
        },
        position: { x, y: (row - (list.length - 1) / 2) * ROW_HEIGHT },
        classes: n.classes,
      });
    });
  });
  return { elements: [...elements, ...edges], columns };
}
