import { describe, expect, it } from "vitest";
import { brokerageRole, countBrokerageRoles } from "../../../graph-api/src/graph/network/brokerage.js";

const s = (...g: string[]) => new Set(g);

describe("Gould–Fernandez brokerage roles", () => {
  it("classifies single-valued groups", () => {
    expect(brokerageRole(s("a"), s("a"), s("a"))).toBe("coordinator");
    expect(brokerageRole(s("a"), s("b"), s("b"))).toBe("gatekeeper");
    expect(brokerageRole(s("a"), s("a"), s("b"))).toBe("representative");
    expect(brokerageRole(s("a"), s("b"), s("a"))).toBe("consultant");
    expect(brokerageRole(s("a"), s("b"), s("c"))).toBe("liaison");
    expect(brokerageRole(s(), s("b"), s("c"))).toBeNull();
  });

  it("uses set intersection and the documented order for multi-valued groups", () => {
    // A chain common to all three → coordinator even though other chains differ.
    expect(brokerageRole(s("x", "y"), s("y", "z"), s("y"))).toBe("coordinator");
    // S~I and I~B but no chain common to all three → gatekeeper comes first.
    expect(brokerageRole(s("x"), s("x", "z"), s("z"))).toBe("gatekeeper");
  });

  it("counts per distinct (seller, buyer) pair", () => {
    const groups: Record<string, Set<string>> = { S1: s("a"), S2: s("b"), B1: s("a"), I: s("a"), J: s() };
    const roles = countBrokerageRoles(
      [
        { intermediaryId: "I", sellerId: "S1", buyerId: "B1" }, // coordinator
        { intermediaryId: "I", sellerId: "S1", buyerId: "B1" }, // same pair again: not counted
        { intermediaryId: "I", sellerId: "S2", buyerId: "B1" }, // gatekeeper (I, B1 in a; S2 in b)
        { intermediaryId: "J", sellerId: "S1", buyerId: "B1" }, // J has no group: unclassified
      ],
      (id) => groups[id] ?? new Set(),
    );
    expect(roles.get("I")).toEqual({
      coordinator: 1,
      gatekeeper: 1,
      representative: 0,
      consultant: 0,
      liaison: 0,
      total: 2,
      unclassified: 0,
    });
    expect(roles.get("J")?.unclassified).toBe(1);
    expect(roles.get("J")?.total).toBe(0);
  });
});
