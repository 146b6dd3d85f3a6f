/** Network figures out of their fragments (fragment masking), as the key-actor tables read them. */
import { useFragment as unmask, type FragmentType } from "../../../gql";
import type { IntermediaryRow, OrgRow, Roles } from "../lib/actor-table";
import { NetworkFiguresFragment, RoleCountsFragment } from "./actors-documents";

type Figures = Omit<OrgRow, "name" | "type">;

const roles = (r: FragmentType<typeof RoleCountsFragment>): Roles => ({ ...unmask(RoleCountsFragment, r) });

export function readFigures(node: FragmentType<typeof NetworkFiguresFragment>): Figures {
  const f = unmask(NetworkFiguresFragment, node);
  return { ...f, id: f.organisation.id, brokerage: f.brokerage ? roles(f.brokerage) : null };
}

export function readOrgRows(
  nodes: readonly (FragmentType<typeof NetworkFiguresFragment> & { name: string; type: string })[],
): OrgRow[] {
  return nodes.map((n) => ({ ...readFigures(n), name: n.name, type: n.type }));
}

export function readIntermediaries(
  list: readonly {
    node: { id: string };
    name: string;
    type: string;
    roles: FragmentType<typeof RoleCountsFragment>;
  }[],
): IntermediaryRow[] {
  return list.map((i) => ({ id: i.node.id, name: i.name, type: i.type, roles: roles(i.roles) }));
}
