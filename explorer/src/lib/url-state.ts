/**
 * The address bar as state: view, view parameters, filters, display options and
 * what is on the canvas (ids with rounded positions, hidden and pinned ids, selection), so a copied
 * link reopens the same picture. Pure encode/decode; url-sync wires it to the store.
 *
 * Keys: v view · p.<k> view params · n nodes `id~x~y` comma-separated · h hidden · pin pinned ·
 * sel selection · m measure · el edge labels · ft hidden types · fc chains · fd districts ·
 * fcd in-Chengdu · fy years `from~to` · fk deal kinds · fa amount `min~max` · fm filter mode.
 */
import { EMPTY_FILTERS, type FilterState } from "../canvas-model/filters";
import { MEASURES, type MeasureId } from "../canvas-model/measures";
import type { Position } from "../canvas-model/types";

export interface UrlState {
  view: string;
  viewParams: Record<string, string>;
  /** Canvas node ids in order, with positions when known. */
  nodes: { id: string; position?: Position }[];
  hidden: string[];
  pinned: string[];
  selection: string[];
  measure: MeasureId;
  edgeLabels: boolean;
  filters: FilterState;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: "explore",
  viewParams: {},
  nodes: [],
  hidden: [],
  pinned: [],
  selection: [],
  measure: "none",
  edgeLabels: false,
  filters: EMPTY_FILTERS,
};

const list = (v: string | null): string[] => (v ? v.split(",").filter(Boolean) : []);
const num = (v: string | undefined): number | null => {
  if (v === undefined || v === "") return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};
const range = (a: number | null, b: number | null): string | null =>
  a === null && b === null ? null : `${a ?? ""}~${b ?? ""}`;

/** Percent-encode a value but keep `,` and `~` readable (URLSearchParams decodes either form). */
const enc = (v: string): string => encodeURIComponent(v).replace(/%2C/g, ",");

/** Encode to a query string (without the leading `?`); defaults are left out to keep links short. */
export function encodeUrlState(s: UrlState): string {
  const q: string[] = [];
  const put = (k: string, v: string | null | undefined): void => {
    if (v !== null && v !== undefined && v !== "") q.push(`${enc(k)}=${enc(v)}`);
  };
  if (s.view !== "explore") put("v", s.view);
  for (const [k, v] of Object.entries(s.viewParams)) put(`p.${k}`, v);
  put(
    "n",
    s.nodes
      .map((n) => (n.position ? `${n.id}~${Math.round(n.position.x)}~${Math.round(n.position.y)}` : n.id))
      .join(","),
  );
  put("h", s.hidden.join(","));
  put("pin", s.pinned.join(","));
  put("sel", s.selection.join(","));
  if (s.measure !== "none") put("m", s.measure);
  if (s.edgeLabels) put("el", "1");
  const f = s.filters;
  put("ft", f.hiddenTypes.join(","));
  put("fc", f.chainIds.join(","));
  put("fd", f.districtIds.join(","));
  if (f.inChengduOnly) put("fcd", "1");
  put("fy", range(f.yearFrom, f.yearTo));
  put("fk", f.dealKinds.join(","));
  put("fa", range(f.amountMin, f.amountMax));
  if (f.mode !== "grey") put("fm", f.mode);
  return q.join("&");
}

/** Decode a query string (with or without `?`); unknown or malformed parts fall back to defaults. */
export function decodeUrlState(search: string): UrlState {
  const q = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const viewParams: Record<string, string> = {};
  for (const [k, v] of q) if (k.startsWith("p.") && k.length > 2) viewParams[k.slice(2)] = v;
  const nodes = list(q.get("n")).map((part) => {
    const [id = "", x, y] = part.split("~");
    const px = num(x);
    const py = num(y);
    return px !== null && py !== null ? { id, position: { x: px, y: py } } : { id };
  });
  const [yf, yt] = (q.get("fy") ?? "").split("~");
  const [amin, amax] = (q.get("fa") ?? "").split("~");
  const m = q.get("m") as MeasureId | null;
  return {
    view: q.get("v") || "explore",
    viewParams,
    nodes: nodes.filter((n) => n.id !== ""),
    hidden: list(q.get("h")),
    pinned: list(q.get("pin")),
    selection: list(q.get("sel")),
    measure: m && MEASURES.includes(m) ? m : "none",
    edgeLabels: q.get("el") === "1",
    filters: {
      hiddenTypes: list(q.get("ft")),
      chainIds: list(q.get("fc")),
      districtIds: list(q.get("fd")),
      inChengduOnly: q.get("fcd") === "1",
      yearFrom: num(yf),
      yearTo: num(yt),
      dealKinds: list(q.get("fk")),
      amountMin: num(amin),
      amountMax: num(amax),
      mode: q.get("fm") === "hide" ? "hide" : "grey",
    },
  };
}
