/**
 * The ids of a package, compact: id → one small integer (node type index, plus a flag for rows
 * that were rejected). The validation pass keeps only this in memory, never the rows; at city
 * scale (200,000 nodes) it is a few tens of MB, at x10 a couple of hundred.
 */
import { NODE_TYPE_NAMES, type NodeType } from "../../domain/model.js";
import { NODE_TYPE_INDEX } from "../format/package-tables.js";

const BAD = 64;

export interface IdEntry {
  type: NodeType;
  /** The row that declared the id was rejected (so edges to it cannot be written). */
  bad: boolean;
}

export class IdRegistry {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  get(id: string): IdEntry | undefined {
    const v = this.ids.get(id);
    if (v === undefined) return undefined;
    return { type: NODE_TYPE_NAMES[v & (BAD - 1)] as NodeType, bad: (v & BAD) !== 0 };
  }

  /** Record `id` as a node of `type`; the caller checks `get` first (first declaration wins). */
  add(id: string, type: NodeType, bad = false): void {
    this.ids.set(id, (NODE_TYPE_INDEX.get(type) ?? 0) | (bad ? BAD : 0));
  }

  /** Mark a declared id as rejected. */
  markBad(id: string): void {
    const v = this.ids.get(id);
    if (v !== undefined) this.ids.set(id, v | BAD);
  }
}
