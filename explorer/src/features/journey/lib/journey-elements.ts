/**
 * A result's journey (resultJourney) → Cytoscape elements in fixed columns, left to right:
 * institution → lab/developer → result → events and platforms → brokers and agencies → deals →
 * buyers → buyer districts and chains. Pure: positions are computed here (a preset layout), so the
 * picture is the same on every load and testable without a renderer. A busy result (a dozen deals
 * became 95 nodes, unreadable at the fitted zoom) is drawn with its deals grouped by year or by the
 * buyer's district: one node per group says how many deals, buyers and 万元 it holds, brokers and
 * agencies tie to the groups they served, and the buyer column folds into the groups.
 */
import type { ElementDefinition } from "cytoscape";
import { labelWidth, shortLabel } from "../../../canvas-model/element-mapping";
import { typeStyle } from "../../../canvas-model/node-styles";

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
    brokers: readonly { broker: { id: string }; name: string; role: string }[];
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
  /** A group's label: its key (a year or district name), deals, buyers and amount. */
  group?: (key: string, deals: number, buyers: number, amount: number) => string;
}

/** How deals are drawn: one node each, or grouped. */
export type JourneyGrouping = "none" | "year" | "district";

/** Above this many deals a journey opens grouped by year. */
export const GROUP_DEALS_ABOVE = 6;

/** The grouping a journey opens with. */
export function defaultGrouping(deals: number): JourneyGrouping {
  return deals > GROUP_DEALS_ABOVE ? "year" : "none";
}

type Deal = JourneyInput["deals"][number];

/** The group key of a deal (year, or buyer district id), and the group's display name. */
function groupKey(d: Deal, by: Exclude<JourneyGrouping, "none">): { key: string; name: string } {
  if (by === "year") return { key: d.signedOn.slice(0, 4), name: d.signedOn.slice(0, 4) };
  return d.buyerDistrict ? { key: d.buyerDistrict.id, name: d.buyerDistrict.name } : { key: "none", name: "—" };
}

interface PendingNode {
  id: string;
  name: string;
  type: string;
  column: JourneyColumn;
  label: string;
  classes: string[];
}

export function journeyElements(
  j: JourneyInput,
  labels: JourneyLabels,
  grouping: JourneyGrouping = "none",
): JourneyPicture {
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
  if (grouping !== "none") {
    addGroupedDeals(j, labels, grouping, addNode, addEdge);
    return place([...nodes.values()], [...edges.values()]);
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
      addNode({ id: b.broker.id, name: b.name, type: "Broker" }, "intermediary");
      addEdge(
        b.broker.id,
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

type AddNode = (ref: Ref, column: JourneyColumn, label?: string, classes?: string[]) => void;
type AddEdge = (source: string, type: string, target: string, label?: string, classes?: string[]) => void;

/** Deals folded into groups (by year or buyer district), with their intermediaries and places. */
function addGroupedDeals(
  j: JourneyInput,
  labels: JourneyLabels,
  by: Exclude<JourneyGrouping, "none">,
  addNode: AddNode,
  addEdge: AddEdge,
): void {
  const groups = new Map<string, { name: string; deals: Deal[] }>();
  for (const d of j.deals) {
    const { key, name } = groupKey(d, by);
    groups.set(key, { name, deals: [...(groups.get(key)?.deals ?? []), d] });
  }
  const ordered = [...groups].sort((a, b) =>
    by === "year"
      ? a[0].localeCompare(b[0])
      : b[1].deals.length - a[1].deals.length || a[1].name.localeCompare(b[1].name),
  );
  for (const [key, g] of ordered) {
    const id = `deals:${by}:${key}`;
    const buyers = new Set(g.deals.flatMap((d) => (d.buyer ? [d.buyer.id] : [])));
    const amount = g.deals.reduce((a, d) => a + (d.amount ?? 0), 0);
    const inChengdu = g.deals.every((d) => d.buyerInChengdu);
    const label =
      labels.group?.(g.name, g.deals.length, buyers.size, amount) ??
      `${g.name}\n${g.deals.length} · ${Math.round(amount)}万元`;
    addNode({ id, name: `${g.name} · ${g.deals.length}`, type: "Deal" }, "deal", label, [
      "deal-group",
      inChengdu ? "in-chengdu" : "outside",
    ]);
    addEdge(j.result.id, "TRANSFERS", id, `${labels.rel("TRANSFERS")} ×${g.deals.length}`);
    const served = new Map<string, { ref: Ref; n: number; lead: boolean; rel: string }>();
    for (const d of g.deals) {
      for (const b of d.brokers) {
        const x = served.get(b.broker.id) ?? {
          ref: { id: b.broker.id, name: b.name, type: "Broker" },
          n: 0,
          lead: false,
          rel: "BROKERED",
        };
        served.set(b.broker.id, { ...x, n: x.n + 1, lead: x.lead || b.role === "LEAD" });
      }
      for (const a of d.agencies) {
        const x = served.get(a.id) ?? { ref: a, n: 0, lead: false, rel: "SERVED" };
        served.set(a.id, { ...x, n: x.n + 1 });
      }
      for (const ev of d.originatedAt) {
        addNode(ev, "event");
        addEdge(ev.id, "ORIGINATED_AT", id);
      }
      // places: where the buyers are (grouped by year) or their chains (grouped by district)
      if (by === "year" && d.buyerDistrict) {
        addNode(d.buyerDistrict, "place", d.buyerDistrict.name, [d.buyerInChengdu ? "in-chengdu" : "outside"]);
        addEdge(id, "LOCATED_IN", d.buyerDistrict.id);
      }
      if (by === "district") {
        for (const c of d.buyerChains) {
          addNode(c, "place");
          addEdge(id, "IN_CHAIN", c.id);
        }
      }
    }
    for (const x of served.values()) {
      addNode(x.ref, "intermediary");
      addEdge(x.ref.id, x.rel, id, `${labels.rel(x.rel)}${x.n > 1 ? ` ×${x.n}` : ""}`, x.lead ? ["lead"] : []);
    }
  }
}

/** Width and height of a deal group's box: its longest line and its lines, with padding (12 px font). */
function groupBox(label: string): { w: number; h: number } {
  const lines = label.split("\n");
  return { w: Math.max(...lines.map((l) => labelWidth(l, 12))) + 16, h: lines.length * 16 + 12 };
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
          ...(n.classes.includes("deal-group") ? groupBox(n.label) : {}),
        },
        position: { x, y: (row - (list.length - 1) / 2) * ROW_HEIGHT },
        classes: n.classes,
      });
    });
  });
  return { elements: [...elements, ...edges], columns };
}
