/**
 * The page: header (title, search, view menu, language), an outage banner, and three areas —
 * the filter sidebar (explore view), the current view, and a right panel with details and
 * share/export tabs. Each area has its own error boundary. From 1366×768 up all three show; on
 * tablets and phones (styles.css) the view menu folds into a 菜单 button, the sidebar and the right
 * panel become drawers opened from the header, and the view gets the screen below the header.
 */
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { NetworkFigures } from "../features/alliance/components/network-figures";
import { DetailsPanel } from "../features/details/components/details-panel";
import { FilterPanel } from "../features/filters/components/filter-panel";
import { Legend } from "../features/filters/components/legend";
import { nextOffsetOf, useExpand } from "../features/canvas/hooks/use-expand";
import { useAddToCanvas } from "../features/search/hooks/use-add-to-canvas";
import { SearchBox } from "../features/search/components/search-box";
import { ShareMenu } from "../features/share/components/share-menu";
import { useUrlSync } from "../features/share/hooks/use-url-sync";
import { actions, useExplorer } from "../lib/explorer-store";
import { setLanguage, type Language } from "../lib/i18n";
import type { GraphNode } from "../canvas-model/types";
import { AreaErrorBoundary } from "./error-boundary";
import { StatusBanner } from "./status-banner";
import { useApiStatus } from "../lib/urql/status-exchange";
import { VIEWS, findView } from "./views";

export function Layout() {
  const { t, i18n } = useTranslation();
  const viewId = useExplorer((s) => s.view);
  const params = useExplorer((s) => s.viewParams);
  const view = findView(viewId);
  const View = view.component;
  const addToCanvas = useAddToCanvas();
  const { expand } = useExpand();
  const { restoring, error, restore } = useUrlSync();
  const [tab, setTab] = useState<"details" | "share">("details");
  const [epoch, setEpoch] = useState(0);
  const [menuOpen, setMenuOpen] = useState(false);
  const [drawer, setDrawer] = useState<"left" | "right" | null>(null);
  const toggle = (d: "left" | "right") => setDrawer((cur) => (cur === d ? null : d));
  const apiStatus = useApiStatus();

  const retry = () => {
    setEpoch((e) => e + 1);
    void restore(window.location.search);
  };
  const links = (node: GraphNode) =>
    VIEWS.flatMap((v) => {
      const p = v.id === viewId ? null : v.openFor?.(node);
      return p ? [{ label: t(v.labelKey), onOpen: () => actions.openView(v.id, p) }] : [];
    });
  const openSaved = (query: string) => {
    window.history.pushState(null, "", `${window.location.pathname}?${query}`);
    void restore(`?${query}`);
  };
  const lang = (i18n.language === "en" ? "en" : "zh") as Language;

  return (
    <div className="app">
      <a className="skip-link" href="#main-view">
        {t("app.skipToCanvas")}
      </a>
      <header className={`app__header${menuOpen ? " app__header--menu" : ""}`}>
        <h1 className="app__title">
          <span className="app__title-long">{t("app.title")}</span>
          <span className="app__title-short">{t("app.shortTitle")}</span>
        </h1>
        <button
          className="app__menu-button"
          aria-expanded={menuOpen}
          aria-controls="app-views"
          onClick={() => setMenuOpen((o) => !o)}
          data-testid="menu-toggle"
        >
          ☰ {t("app.menu")}
        </button>
        {view.sidebar && (
          <button
            className="app__drawer-button"
            aria-pressed={drawer === "left"}
            onClick={() => toggle("left")}
            data-testid="drawer-left"
          >
            {t("app.filters")}
          </button>
        )}
        <button
          className="app__drawer-button"
          aria-pressed={drawer === "right"}
          onClick={() => toggle("right")}
          data-testid="drawer-right"
        >
          {t("app.panel")}
        </button>
        <AreaErrorBoundary area="search">
          <SearchBox onPick={(nodes) => void addToCanvas(nodes)} />
        </AreaErrorBoundary>
        <nav className="app__views" id="app-views" aria-label={t("app.views")}>
          {VIEWS.filter((v) => v.menu).map((v) => (
            <button
              key={v.id}
              aria-current={v.id === viewId ? "page" : undefined}
              onClick={() => {
                setMenuOpen(false);
                setDrawer(null);
                actions.openView(v.id, v.id === viewId ? params : {});
              }}
              data-testid={`view-${v.id}`}
            >
              {t(v.labelKey)}
            </button>
          ))}
        </nav>
        <button
          className="app__lang"
          title={t("app.languageLabel")}
          lang={lang === "zh" ? "en" : "zh"}
          onClick={() => setLanguage(lang === "zh" ? "en" : "zh")}
          data-testid="lang-toggle"
        >
          {t("app.language")}
        </button>
      </header>
      <StatusBanner onRetry={retry} />
      {error && apiStatus === "ok" && (
        <div className="status-banner" role="alert">
          {t("status.error")}: {error} <button onClick={retry}>{t("status.retry")}</button>
        </div>
      )}
      <div className="app__body" key={epoch}>
        {view.sidebar && (
          <aside
            className={`app__left${drawer === "left" ? " app__drawer--open" : ""}`}
            aria-label={t("filters.title")}
          >
            <AreaErrorBoundary area="filters">
              <h2>{t("filters.legend")}</h2>
              <Legend />
              <h2>{t("filters.title")}</h2>
              <FilterPanel />
            </AreaErrorBoundary>
          </aside>
        )}
        <main className="app__main" id="main-view" tabIndex={-1}>
          {restoring && (
            <div className="app__loading" role="status">
              {t("status.loading")}
            </div>
          )}
          <AreaErrorBoundary area={`view-${view.id}`}>
            <Suspense
              fallback={
                <div className="app__loading" role="status">
                  {t("status.loading")}
                </div>
              }
            >
              <View params={params} />
            </Suspense>
          </AreaErrorBoundary>
        </main>
        <aside className={`app__right${drawer === "right" ? " app__drawer--open" : ""}`}>
          <div role="tablist" className="tabs">
            <button role="tab" aria-selected={tab === "details"} onClick={() => setTab("details")}>
              {t("details.title")}
            </button>
            <button role="tab" aria-selected={tab === "share"} onClick={() => setTab("share")} data-testid="tab-share">
              {t("share.title")}
            </button>
          </div>
          <AreaErrorBoundary area="details">
            {tab === "details" ? (
              <DetailsPanel
                links={links}
                onExpand={(id, r, d, more) => void expand(id, r, d, more)}
                nextOffset={nextOffsetOf}
              >
                <NetworkFigures />
              </DetailsPanel>
            ) : (
              <ShareMenu onOpen={openSaved} />
            )}
          </AreaErrorBoundary>
        </aside>
      </div>
    </div>
  );
}
