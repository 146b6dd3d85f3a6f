/**
 * Benchmark page (explorer/bench.html), driven by test/bench/explorer.bench.ts in headless
 * Chromium. It mounts a canvas through the explorer's own `useCytoscape` hook and pushes a
 * synthetic graph through the explorer's own pipeline — element mapping, stylesheet, placeFresh
 * (worker layout and streamed elements above WORKER_THRESHOLD) — so the figures are the explorer's, not a toy's.
 *
 * The driver opens `bench.html?webgl=0|1`, calls `window.__bench.load(n)` and then scripts pans
 * and zooms with real mouse input while `startFrames()` / `stopFrames()` record requestAnimationFrame deltas.
 */
import type { Core, ElementDefinition } from "cytoscape";
import type { Subgraph } from "../canvas-model/types";
import { useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { edgeElement, nodeElement } from "../canvas-model/element-mapping";
import { labelNodesInView } from "../cytoscape/labels-in-view";
import { forceLayout } from "../cytoscape/layouts";
import { DEFAULT_SIZE } from "../canvas-model/measures";
import { buildStylesheet, labelsFor } from "../cytoscape/stylesheet";
import { placeFresh } from "../cytoscape/place-fresh";
import { useCytoscape } from "../cytoscape/use-cytoscape";
import { nextFrame } from "../cytoscape/next-frame";
import { createFrameProbe, type FrameProbe } from "./frame-probe";
import { overlapStats } from "../cytoscape/overlap";
import { communityGraph, syntheticGraph } from "./synthetic-graph";

/** Timings of one load, in ms from the moment the data is in the page's memory. */
export interface LoadTimings {
  nodes: number;
  edges: number;
  /** Elements mapped to Cytoscape definitions and the stylesheet set. */
  synced: number;
  /** Layout computed and every element on the canvas at its position (streamIn). */
  laidOut: number;
  /** First frame painted after the layout (render event, then the next animation frame). */
  firstRender: number;
  /** Longest main-thread block during the load (max of Long Tasks and rAF gaps). */
  longestBlock: number;
  /** Renderer actually used. */
  renderer: string;
}

/** A community layout case: a planted-community graph placed as the canvas places a fresh graph. */
export interface CommunityTimings {
  nodes: number;
  edges: number;
  /** From the data in memory to every node on the canvas at its laid-out position. */
  laidOut: number;
  /** Pairs of nodes closer than a node's diameter (28 px), over all pairs; and nodes in such a pair. */
  pairShare: number;
  nodeShare: number;
  /** Nodes nearer their own planted community's centre than any other's. */
  separation: number;
  longestBlock: number;
}

export interface BenchApi {
  /** Load a synthetic graph of about `elements` elements (the renderer is chosen by ?webgl=1). */
  load(elements: number): Promise<LoadTimings>;
  /** Lay out a planted-community graph of `nodes` nodes with the canvas's fresh placement. */
  community(nodes: number): Promise<CommunityTimings>;
  startFrames(): void;
  stopFrames(): { deltas: number[]; longestBlock: number };
  /** A point (page coordinates) over empty background, for pan drags that must not grab a node. */
  emptyPoint(): { x: number; y: number };
  /** Current pan and zoom, so the driver can check its gestures really moved the view. */
  viewport(): { x: number; y: number; zoom: number };
}

declare global {
  interface Window {
    __bench?: BenchApi;
    __benchReady?: boolean;
  }
}

function waitRender(cy: Core): Promise<void> {
  return new Promise((resolve) => {
    cy.one("render", () => resolve());
    cy.forceRender();
  });
}

/** The same element mapping as the canvas, with the default measure (uniform size). */
function definitions(graph: Subgraph): ElementDefinition[] {
  return [
    ...graph.nodes.map((n) => nodeElement(n, { size: DEFAULT_SIZE, color: null, classes: [] })),
    ...graph.edges.map((e) => edgeElement(e, e.type, [])),
  ];
}

async function loadInto(cy: Core, elements: number, probe: FrameProbe): Promise<LoadTimings> {
  const graph = syntheticGraph(elements); // not timed: this is "the data arriving"
  await nextFrame();
  await nextFrame();
  probe.start();
  const t0 = performance.now();
  const defs = definitions(graph);
  // As the explorer's canvas does: restyle for the node count (labels off for big canvases) first.
  const nodeLabels = labelsFor(graph.nodes.length);
  cy.style(buildStylesheet({ edgeLabels: false, nodeLabels }));
  if (!nodeLabels) labelNodesInView(cy); // names come back on zoom-in, as on the canvas
  const synced = performance.now() - t0;
  // As the canvas does for a fresh, unplaced graph: worker layout, then the elements stream in.
  await placeFresh(cy, defs, forceLayout({ nodeCount: graph.nodes.length, incremental: false }));
  const laidOut = performance.now() - t0;
  await waitRender(cy);
  await nextFrame();
  const firstRender = performance.now() - t0;
  // Let trailing work (style, textures) land before reading the blocks.
  await nextFrame();
  await nextFrame();
  const { longestBlock } = probe.stop();
  const renderer = (cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl ? "webgl" : "canvas";
  return { nodes: graph.nodes.length, edges: graph.edges.length, synced, laidOut, firstRender, longestBlock, renderer };
}

async function communityInto(cy: Core, nodes: number, probe: FrameProbe): Promise<CommunityTimings> {
  cy.elements().remove();
  const graph = communityGraph(nodes);
  await nextFrame();
  probe.start();
  const t0 = performance.now();
  const defs = definitions(graph);
  cy.style(buildStylesheet({ edgeLabels: false, nodeLabels: labelsFor(graph.nodes.length) }));
  await placeFresh(cy, defs, forceLayout({ nodeCount: graph.nodes.length, incremental: false }));
  const laidOut = performance.now() - t0;
  await nextFrame();
  const { longestBlock } = probe.stop();
  const points = cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
  const overlap = overlapStats(points, DEFAULT_SIZE);
  const centres = new Map<number, { x: number; y: number; n: number }>();
  for (const p of points) {
    const c = graph.planted.get(p.id)!;
    const s = centres.get(c) ?? { x: 0, y: 0, n: 0 };
    centres.set(c, { x: s.x + p.x, y: s.y + p.y, n: s.n + 1 });
  }
  let own = 0;
  for (const p of points) {
    let best = -1;
    let bestD = Infinity;
    for (const [c, s] of centres) {
      const d = (p.x - s.x / s.n) ** 2 + (p.y - s.y / s.n) ** 2;
      if (d < bestD) [best, bestD] = [c, d];
    }
    if (best === graph.planted.get(p.id)) own++;
  }
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    laidOut,
    pairShare: overlap.pairShare,
    nodeShare: overlap.nodeShare,
    separation: own / points.length,
    longestBlock,
  };
}

function BenchCanvas({ webgl, onCy }: { webgl: boolean; onCy: (cy: Core | null) => void }) {
  const style = useMemo(() => buildStylesheet({ edgeLabels: false }), []);
  const { containerRef, cy } = useCytoscape({ style, webgl, exposeAs: "bench" });
  useEffect(() => onCy(cy), [cy, onCy]);
  return <div ref={containerRef} style={{ position: "absolute", inset: 0 }} />;
}

function BenchApp({ webgl }: { webgl: boolean }) {
  const [cy, setCy] = useState<Core | null>(null);
  useEffect(() => {
    if (!cy) return;
    const probe = createFrameProbe();
    window.__bench = {
      load: (elements) => loadInto(cy, elements, probe),
      community: (nodes) => communityInto(cy, nodes, probe),
      startFrames: () => probe.start(),
      stopFrames: () => probe.stop(),
      emptyPoint: () => emptyPoint(cy),
      viewport: () => ({ ...cy.pan(), zoom: cy.zoom() }),
    };
    window.__benchReady = true;
    return () => {
      window.__benchReady = false;
    };
  }, [cy]);
  return <BenchCanvas webgl={webgl} onCy={setCy} />;
}

/** Scan a grid over the middle of the canvas for a point no node covers. */
function emptyPoint(cy: Core): { x: number; y: number } {
  const box = cy.container()?.getBoundingClientRect();
  const w = box?.width ?? 800;
  const h = box?.height ?? 600;
  const boxes = cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }));
  for (let gy = 0.3; gy <= 0.7; gy += 0.02) {
    for (let gx = 0.3; gx <= 0.7; gx += 0.02) {
      const x = w * gx;
      const y = h * gy;
      if (!boxes.some((b) => x >= b.x1 - 2 && x <= b.x2 + 2 && y >= b.y1 - 2 && y <= b.y2 + 2)) {
        return { x: x + (box?.left ?? 0), y: y + (box?.top ?? 0) };
      }
    }
  }
  return { x: (box?.left ?? 0) + 5, y: (box?.top ?? 0) + 5 };
}

const root = document.getElementById("root");
const webgl = new URLSearchParams(location.search).get("webgl") === "1";
if (root) createRoot(root).render(<BenchApp webgl={webgl} />);
