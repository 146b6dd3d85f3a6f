/**
 * The explorer's shared state: the canvas (with undo/redo), selection, filters, measure, display
 * toggles and the current view. A tiny external store read with useSyncExternalStore, so any
 * feature or view can read a slice and call actions without prop drilling; the URL module mirrors
 * it into the address bar (url-sync).
 */
import { useSyncExternalStore } from "react";
import * as canvas from "../canvas-model/canvas-state";
import { EMPTY_FILTERS, type FilterState } from "../canvas-model/filters";
import { canRedo, canUndo, createHistory, push, redo, undo, type History } from "../canvas-model/history";
import type { MeasureId } from "../canvas-model/measures";
import type { Position, Subgraph } from "../canvas-model/types";

/** A request to the canvas to run a layout; `seq` changes each time one is wanted. */
export interface LayoutRequest {
  seq: number;
  /** Keep existing positions as the start (after an expand) or start afresh. */
  incremental: boolean;
}

export interface ExplorerState {
  history: History<canvas.CanvasState>;
  /** Selected node ids, in selection order (the last is shown in the details panel). */
  selection: string[];
  filters: FilterState;
  measure: MeasureId;
  edgeLabels: boolean;
  webgl: boolean;
  /** Current view id (views.ts) and its parameters (e.g. { result: "RES-1" }). */
  view: string;
  viewParams: Record<string, string>;
  /** Last known node positions on the main canvas (for the URL and restores). */
  positions: Record<string, Position>;
  layout: LayoutRequest;
  /** Ids of nodes and edges of the highlighted shortest path. */
  pathIds: string[];
  /** The relationship clicked last (shown in the details panel), or null. */
  edgeSelection: string | null;
}

const initial: ExplorerState = {
  history: createHistory(canvas.EMPTY_CANVAS),
  selection: [],
  filters: EMPTY_FILTERS,
  measure: "none",
  edgeLabels: false,
  webgl: false,
  view: "explore",
  viewParams: {},
  positions: {},
  layout: { seq: 0, incremental: false },
  pathIds: [],
  edgeSelection: null,
};

let state: ExplorerState = initial;
const listeners = new Set<() => void>();

function set(patch: Partial<ExplorerState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

function commit(next: canvas.CanvasState, layout?: "incremental" | "full"): void {
  if (next === state.history.present) return;
  const ids = new Set(Object.keys(next.nodes));
  set({
    history: push(state.history, next),
    selection: state.selection.filter((id) => ids.has(id)),
    ...(layout ? { layout: { seq: state.layout.seq + 1, incremental: layout === "incremental" } } : {}),
  });
}

export const explorerStore = {
  getState: (): ExplorerState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Reset to the initial state (tests). */
  reset(): void {
    set(initial);
  },
};

/** Actions: every canvas change goes through here so it lands in the undo history. */
export const actions = {
  /** Put nodes/edges on the canvas; lays out the new ones around the old. */
  addSubgraph(sub: Subgraph, opts: { select?: string } = {}): void {
    const before = state.history.present;
    const wasEmpty = Object.keys(before.nodes).length === 0;
    commit(canvas.addSubgraph(before, sub), wasEmpty ? "full" : "incremental");
    if (opts.select) set({ selection: [opts.select] });
  },
  /** Replace the whole canvas (restoring a link or a saved view); positions optional. */
  replaceCanvas(
    sub: Subgraph,
    extra: { hidden?: string[]; pinned?: string[]; positions?: Record<string, Position> } = {},
  ): void {
    const next = {
      ...canvas.addSubgraph(canvas.EMPTY_CANVAS, sub),
      hidden: extra.hidden ?? [],
      pinned: extra.pinned ?? [],
    };
    const hasPositions = extra.positions && Object.keys(extra.positions).length > 0;
    set({ positions: extra.positions ?? {} });
    commit(next, hasPositions ? undefined : "full");
  },
  removeNodes: (ids: string[]): void => commit(canvas.removeNodes(state.history.present, ids)),
  collapse: (id: string): void => commit(canvas.collapseNode(state.history.present, id)),
  hide: (ids: string[]): void => commit(canvas.hideNodes(state.history.present, ids)),
  showAll: (): void => commit(canvas.showAll(state.history.present)),
  setPinned: (id: string, pinned: boolean): void => commit(canvas.setPinned(state.history.present, id, pinned)),
  clear: (): void => {
    commit(canvas.EMPTY_CANVAS);
    set({ pathIds: [], positions: {} });
  },
  undo: (): void => set({ history: undo(state.history) }),
  redo: (): void => set({ history: redo(state.history) }),
  select: (ids: string[]): void => set({ selection: ids, edgeSelection: null }),
  selectEdge: (id: string | null): void => set({ edgeSelection: id }),
  setFilters: (patch: Partial<FilterState>): void => set({ filters: { ...state.filters, ...patch } }),
  resetFilters: (): void => set({ filters: { ...EMPTY_FILTERS, mode: state.filters.mode } }),
  setMeasure: (measure: MeasureId): void => set({ measure }),
  setEdgeLabels: (edgeLabels: boolean): void => set({ edgeLabels }),
  setWebgl: (webgl: boolean): void => set({ webgl }),
  /** Switch view (views.ts); params are the view's own (e.g. { result: "RES-1" }). */
  openView: (view: string, viewParams: Record<string, string> = {}): void => set({ view, viewParams }),
  setPositions: (positions: Record<string, Position>): void => set({ positions }),
  requestLayout: (incremental = false): void => set({ layout: { seq: state.layout.seq + 1, incremental } }),
  setPath: (pathIds: string[]): void => set({ pathIds }),
  /** Apply several fields at once (URL restore). */
  patch: (p: Partial<ExplorerState>): void => set(p),
};

/** Read a slice of the store; re-renders when that slice changes (by reference). */
export function useExplorer<T>(selector: (s: ExplorerState) => T): T {
  return useSyncExternalStore(
    explorerStore.subscribe,
    () => selector(state),
    () => selector(state),
  );
}

/** The canvas as it is now. */
export const useCanvas = (): canvas.CanvasState => useExplorer((s) => s.history.present);
export const useCanUndo = (): boolean => useExplorer((s) => canUndo(s.history));
export const useCanRedo = (): boolean => useExplorer((s) => canRedo(s.history));
