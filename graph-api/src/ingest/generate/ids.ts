/**
 * Node ids of the generated package: a type prefix and a zero-padded serial (`BRK-000123`).
 * The prefixes differ per type, so ids are unique across all types as the contract requires.
 */
import type { NodeType } from "../../domain/model.js";

export const ID_PREFIX: Record<NodeType, string> = {
  Broker: "BRK",
  Agency: "AGN",
  Alliance: "ALN",
  Institution: "INS",
  Lab: "LAB",
  Enterprise: "ENT",
  IndustryChain: "CHN",
  District: "DST",
  Result: "RES",
  Demand: "DEM",
  Deal: "DEL",
  Event: "EVT",
  Platform: "PLT",
  Award: "AWD",
};

/** The id of the n-th (0-based) generated node of a type. */
export function nodeId(type: NodeType, n: number): string {
  return `${ID_PREFIX[type]}-${String(n + 1).padStart(6, "0")}`;
}

/** `nameEn` of a synthetic node: says plainly that it is demo data, not a real organisation or person. */
export function syntheticNameEn(what: string, n: number): string {
  return `Synthetic ${what} #${n + 1} (demo data)`;
}
