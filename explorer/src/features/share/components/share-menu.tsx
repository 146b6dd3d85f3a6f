/**
 * Keep and share: copy the link, save and reopen named views, export the canvas
 * as PNG or SVG and the visible nodes/edges as CSV, GraphML or Cytoscape JSON.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { explorerStore, useExplorer } from "../../../lib/explorer-store";
import { getCy } from "../../../cytoscape/use-cytoscape";
import { edgesCsv, nodesCsv } from "../lib/csv";
import { toCyJson } from "../lib/cyjson";
import { download, fileStem } from "../../../lib/export/download";
import { toGraphml } from "../lib/graphml";
import { deleteView, listSavedViews, saveView, type SavedView } from "../lib/saved-views";
import { visibleSubgraph } from "../lib/visible";
import { currentQuery } from "../hooks/use-url-sync";

interface Props {
  /** Reopen a saved query string (the app navigates and restores). */
  onOpen: (query: string) => void;
}

function exportData(kind: "png" | "svg" | "nodes" | "edges" | "graphml" | "cyjson"): void {
  const s = explorerStore.getState();
  const stem = fileStem();
  const cy = getCy("main");
  if (kind === "png") {
    if (cy) download(cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }) as unknown as Blob, `${stem}.png`);
    return;
  }
  if (kind === "svg") {
    const svg = cy ? (cy as unknown as { svg(o: object): string }).svg({ full: true, scale: 1, bg: "#ffffff" }) : "";
    if (svg) download(svg, `${stem}.svg`, "image/svg+xml;charset=utf-8");
    return;
  }
  const { nodes, edges } = visibleSubgraph(s.history.present, s.filters);
  if (kind === "nodes") download(nodesCsv(nodes), `${stem}-nodes.csv`, "text/csv;charset=utf-8");
  if (kind === "edges") download(edgesCsv(edges), `${stem}-edges.csv`, "text/csv;charset=utf-8");
  if (kind === "graphml") download(toGraphml(nodes, edges, s.positions), `${stem}.graphml`, "application/xml");
  if (kind === "cyjson") download(toCyJson(nodes, edges, s.positions), `${stem}.cyjs`, "application/json");
}

export function ShareMenu({ onOpen }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<SavedView[]>(() => listSavedViews());
  const [name, setName] = useState("");
  const [copied, setCopied] = useState(false);
  const view = useExplorer((s) => s.view);

  const copy = async () => {
    const url = `${window.location.origin}${window.location.pathname}?${currentQuery()}`;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // clipboard blocked (http, old browser): the address bar holds the same link
    }
    setCopied(true);
  };

  return (
    <div className="share" data-testid="share-menu">
      <div className="share__row">
        <button onClick={() => void copy()} data-testid="copy-link">
          {t("share.copyLink")}
        </button>
        {copied && <span role="status">{t("share.copied")}</span>}
      </div>
      <form
        className="share__row"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) setSaved(saveView(name.trim(), currentQuery()));
          setName("");
        }}
      >
        <input
          aria-label={t("share.saveName")}
          placeholder={t("share.saveName")}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={!name.trim()}>
          {t("share.save")}
        </button>
      </form>
      <h3>{t("share.saved")}</h3>
      {saved.length === 0 ? (
        <p className="muted">{t("share.noSaved")}</p>
      ) : (
        <ul className="share__saved">
          {saved.map((v) => (
            <li key={v.name}>
              <button className="link" onClick={() => onOpen(v.query)}>
                {v.name}
              </button>
              <button aria-label={`${t("share.delete")} ${v.name}`} onClick={() => setSaved(deleteView(v.name))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t("share.export")}</h3>
      {view !== "explore" ? (
        <p className="muted" data-testid="share-view-exports">
          {t("share.viewExports")}
        </p>
      ) : (
        <div className="share__exports">
          <button onClick={() => exportData("png")} data-testid="export-png">
            {t("share.png")}
          </button>
          <button onClick={() => exportData("svg")} data-testid="export-svg">
            {t("share.svg")}
          </button>
          <button onClick={() => exportData("nodes")} data-testid="export-csv-nodes">
            {t("share.csvNodes")}
          </button>
          <button onClick={() => exportData("edges")} data-testid="export-csv-edges">
            {t("share.csvEdges")}
          </button>
          <button onClick={() => exportData("graphml")} data-testid="export-graphml">
            {t("share.graphml")}
          </button>
          <button onClick={() => exportData("cyjson")} data-testid="export-cyjson">
            {t("share.cyjson")}
          </button>
        </div>
      )}
    </div>
  );
}
