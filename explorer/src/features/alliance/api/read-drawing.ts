/** The organisations and ties of a network answer out of their fragments (fragment masking). */
import { useFragment as unmask, type FragmentType } from "../../../gql";
import type { AllianceNetworkNodeFragment as Node, AllianceNetworkTieFragment as Tie } from "../../../gql/graphql";
import { AllianceNetworkNodeFragment, AllianceNetworkTieFragment } from "./alliance-documents";

export function readDrawing<
  T extends {
    nodes: readonly FragmentType<typeof AllianceNetworkNodeFragment>[];
    edges: readonly FragmentType<typeof AllianceNetworkTieFragment>[];
  },
>(answer: T): Omit<T, "nodes" | "edges"> & { nodes: readonly Node[]; edges: readonly Tie[] } {
  return {
    ...answer,
    nodes: unmask(AllianceNetworkNodeFragment, answer.nodes),
    edges: unmask(AllianceNetworkTieFragment, answer.edges),
  };
}
