/**
 * The one way components get a Cytoscape instance: created once per mount on the container the
 * returned ref is attached to, destroyed on unmount (StrictMode's double mount included). Options
 * that need a new renderer (WebGL on/off) re-create the instance; the stylesheet is updated in place.
 *
 * Usage:
 *   const { containerRef, cy } = useCytoscape({ style, webgl });
 *   useEffect(() => { if (cy) syncElements(cy, elements); }, [cy, elements]);
 *   return <div ref={containerRef} style={{ width: "100%", height: "100%" }} />;
 */
import type { Core, CytoscapeOptions, StylesheetJson } from "cytoscape";
import { useEffect, useRef, useState, type RefObject } from "react";
import cytoscape from "./cytoscape-setup";

export interface UseCytoscapeOptions {
  style: StylesheetJson;
  /** Opt-in WebGL renderer (experimental in Cytoscape; the canvas renderer is the default). */
  webgl?: boolean;
  /** Extra core options (zoom limits, wheel sensitivity…). */
  options?: Partial<CytoscapeOptions>;
  /** Expose the instance as window.__ttgraphCy[name] for e2e tests and the benchmark. */
  exposeAs?: string;
  /** Called just before the instance is destroyed (unmount, renderer switch), e.g. to keep positions. */
  onBeforeDestroy?: (cy: Core) => void;
}

/**
 * Renderer options for big graphs: one device pixel per CSS pixel (a 2× screen would draw four
 * times the pixels); Cytoscape's viewport texture, edge hiding and motion blur stay off, so the
 * picture does not change while panning and zooming; the WebGL renderer on request.
 */
export function rendererOptions(webgl: boolean): Partial<CytoscapeOptions> {
  return {
    textureOnViewport: false,
    hideEdgesOnViewport: false,
    motionBlur: false,
    pixelRatio: 1,
    renderer: webgl ? ({ name: "canvas", webgl: true, webglTexSize: 4096 } as never) : { name: "canvas" },
  } as Partial<CytoscapeOptions>;
}

declare global {
  interface Window {
    __ttgraphCy?: Record<string, Core>;
  }
}

export function useCytoscape(opts: UseCytoscapeOptions): {
  containerRef: RefObject<HTMLDivElement | null>;
  cy: Core | null;
} {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const styleRef = useRef(opts.style);
  styleRef.current = opts.style;
  const webgl = opts.webgl ?? false;
  const beforeDestroy = useRef(opts.onBeforeDestroy);
  beforeDestroy.current = opts.onBeforeDestroy;
  const { exposeAs } = opts;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = cytoscape({
      container,
      style: styleRef.current,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: true,
      ...rendererOptions(webgl),
      ...opts.options,
    });
    setCy(instance);
    if (exposeAs) window.__ttgraphCy = { ...window.__ttgraphCy, [exposeAs]: instance };
    return () => {
      if (exposeAs && window.__ttgraphCy?.[exposeAs] === instance) delete window.__ttgraphCy[exposeAs];
      beforeDestroy.current?.(instance);
      instance.stop(true, true); // running layout animations end where they are
      instance.destroy();
      setCy(null);
    };
    // opts.options and the style are read once at creation on purpose (the style is updated below)
  }, [webgl, exposeAs]);

  useEffect(() => {
    if (cy && !cy.destroyed()) cy.style(opts.style);
  }, [cy, opts.style]);

  return { containerRef, cy };
}

/** The live instance registered under `name` (e.g. "main" for the explore canvas), if mounted. */
export function getCy(name: string): Core | null {
  return window.__ttgraphCy?.[name] ?? null;
}
