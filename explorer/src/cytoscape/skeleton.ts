/**
 * What the layout worker needs of a graph: ids, edge ends and any known positions — from element
 * definitions (a canvas about to be placed) or from a live instance (a re-layout).
 */
import type { Core, ElementDefinition } from "cytoscape";

function isCore(source: Core | readonly ElementDefinition[]): source is Core {
  return typeof (source as Core).elements === "function";
}

export function skeletonOf(source: Core | readonly ElementDefinition[]): ElementDefinition[] {
  const elements: readonly ElementDefinition[] = isCore(source)
    ? source.elements().map((el) => ({
        group: el.group(),
        data: el.data() as ElementDefinition["data"],
        ...(el.isNode() ? { position: el.position() } : {}),
      }))
    : source;
  return elements.map((el) =>
    el.group === "edges"
      ? { group: "edges", data: { id: el.data.id, source: el.data.source, target: el.data.target } }
      : { group: "nodes", data: { id: el.data.id }, ...(el.position ? { position: { ...el.position } } : {}) },
  );
}
