/**
 * The organisations and ties of a network answer out of their fragments (fragment masking). An
 * organisation is named by its `organisation` pointer (the answer has no id of its own: its figures
 * belong to the period); the drawing keys it by that id.
 */
import { useFragment as unmask, type FragmentType } from "../../../gql";
import type { AllianceNetworkNodeFragment, AllianceNetworkTieFragment as Tie } from "../../../gql/graphql";
import { AllianceNetworkNodeFragment as NodeFields, AllianceNetworkTieFragment } from "./alliance-documents";

/** An organisation of the drawing, keyed by its node's id. */
export type DrawnNode = AllianceNetworkNodeFragment & { id: string };

export function readDrawing<
  T extends {
    nodes: readonly FragmentType<typeof NodeFields>[];
    edges: readonly FragmentType<typeof AllianceNetworkTieFragment>[];
  },
>(answer: T): Omit<T, "nodes" | "edges"> & { nodes: readonly DrawnNode[]; edges: readonly Tie[] } {
  return {
    ...answer,
    nodes: unmask(NodeFields, answer.nodes).map((n) => ({ ...n, id: n.organisation.id })),
    edges: unmask(AllianceNetworkTieFragment, answer.edges),
  };
}

/** The communities of a network answer, keyed by their number within the period. */
export function readCommunities<C extends { number: number }>(communities: readonly C[]): (C & { id: number })[] {
  return communities.map((c) => ({ ...c, id: c.number }));
}
