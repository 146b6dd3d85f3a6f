/**
 * One benchmark case: open the bench page with a renderer, load a synthetic graph of n elements,
 * then pan (mouse drags on empty background) and zoom (wheel) at about 60 input events per
 * second, as a user would, while the page records animation-frame deltas.
 */
import type { BrowserContext, Page } from "playwright-core";

export interface CaseResult {
  elements: number;
  nodes: number;
  edges: number;
  renderer: string;
  syncedMs: number;
  laidOutMs: number;
  firstRenderMs: number;
  panMedianMs: number;
  zoomMedianMs: number;
  /** 95th percentile frame time over pans and zooms together. */
  frameP95Ms: number;
  /** Longest main-thread block over load and interaction. */
  longestBlockMs: number;
  /** Why the case did not complete (page crash, timeout); figures are NaN then. */
  error?: string;
}

/** The row of a case that crashed or timed out: every figure NaN, so every goal on it fails. */
export function failedCase(elements: number, renderer: string, error: string): CaseResult {
  return {
    elements,
    nodes: NaN,
    edges: NaN,
    renderer,
    syncedMs: NaN,
    laidOutMs: NaN,
    firstRenderMs: NaN,
    panMedianMs: NaN,
    zoomMedianMs: NaN,
    frameP95Ms: NaN,
    longestBlockMs: NaN,
    error,
  };
}

interface LoadTimings {
  nodes: number;
  edges: number;
  synced: number;
  laidOut: number;
  firstRender: number;
  longestBlock: number;
  renderer: string;
}

interface BenchWindow {
  __bench: {
    load(n: number): Promise<LoadTimings>;
    startFrames(): void;
    stopFrames(): { deltas: number[]; longestBlock: number };
    emptyPoint(): { x: number; y: number };
    viewport(): { x: number; y: number; zoom: number };
  };
  __benchReady?: boolean;
}

/** A load that has not rendered by then counts as failed (the page is frozen for the user anyway). */
const LOAD_TIMEOUT_MS = 120_000;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

async function record(page: Page, gesture: () => Promise<void>): Promise<{ deltas: number[]; longestBlock: number }> {
  await page.evaluate(() => (window as unknown as BenchWindow).__bench.startFrames());
  await gesture();
  await sleep(100); // let the last frames land
  return page.evaluate(() => (window as unknown as BenchWindow).__bench.stopFrames());
}

async function pan(page: Page): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const p = await page.evaluate(() => (window as unknown as BenchWindow).__bench.emptyPoint());
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    const dir = round % 2 === 0 ? 1 : -1;
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(p.x + dir * i * 8, p.y + dir * i * 4);
      await sleep(16);
    }
    await page.mouse.up();
  }
}

async function zoom(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  // In, then most of the way back out (so the final zoom differs and proves the wheel worked).
  for (const [dy, times] of [
    [-100, 25],
    [100, 20],
  ] as const) {
    for (let i = 0; i < times; i++) {
      await page.mouse.wheel(0, dy);
      await sleep(16);
    }
  }
}

export async function runCase(
  context: BrowserContext,
  baseUrl: string,
  elements: number,
  webgl: boolean,
): Promise<CaseResult> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    await page.goto(`${baseUrl}/bench.html?webgl=${webgl ? 1 : 0}`);
    await page.waitForFunction(() => (window as unknown as BenchWindow).__benchReady === true, undefined, {
      timeout: 30_000,
    });
    const load = await Promise.race([
      page.evaluate((n) => (window as unknown as BenchWindow).__bench.load(n), elements),
      sleep(LOAD_TIMEOUT_MS).then(() =>
        Promise.reject(new Error(`no first render within ${LOAD_TIMEOUT_MS / 1000} s`)),
      ),
    ]);
    await sleep(300);
    const viewport = page.viewportSize() ?? { width: 1366, height: 768 };
    const vp = () => page.evaluate(() => (window as unknown as BenchWindow).__bench.viewport());
    const before = await vp();
    const panned = await record(page, () => pan(page));
    const afterPan = await vp();
    const zoomed = await record(page, () => zoom(page, viewport));
    const afterZoom = await vp();
    // A benchmark whose gestures did nothing measures nothing: fail loudly instead.
    if (afterPan.x === before.x && afterPan.y === before.y) throw new Error("pan gestures did not move the view");
    if (zoomed.deltas.length < 10 || afterZoom.zoom === afterPan.zoom)
      throw new Error("zoom gestures did not change the view");
    if (errors.length > 0) throw new Error(`page errors: ${errors.join("; ")}`);
    return {
      elements,
      nodes: load.nodes,
      edges: load.edges,
      renderer: load.renderer,
      syncedMs: load.synced,
      laidOutMs: load.laidOut,
      firstRenderMs: load.firstRender,
      panMedianMs: quantile(panned.deltas, 0.5),
      zoomMedianMs: quantile(zoomed.deltas, 0.5),
      frameP95Ms: quantile([...panned.deltas, ...zoomed.deltas], 0.95),
      longestBlockMs: Math.max(load.longestBlock, panned.longestBlock, zoomed.longestBlock),
    };
  } finally {
    await page.close();
  }
}

/** One community layout case (see explorer/src/bench/bench-page.tsx `community`). */
export interface CommunityResult {
  nodes: number;
  edges: number;
  laidOutMs: number;
  pairShare: number;
  nodeShare: number;
  separation: number;
  longestBlockMs: number;
  error?: string;
}

interface CommunityWindow {
  __bench: {
    community(n: number): Promise<{
      nodes: number;
      edges: number;
      laidOut: number;
      pairShare: number;
      nodeShare: number;
      separation: number;
      longestBlock: number;
    }>;
  };
  __benchReady?: boolean;
}

export async function runCommunityCase(
  context: BrowserContext,
  baseUrl: string,
  nodes: number,
): Promise<CommunityResult> {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/bench.html?webgl=0`);
    await page.waitForFunction(() => (window as unknown as CommunityWindow).__benchReady === true, undefined, {
      timeout: 30_000,
    });
    const r = await Promise.race([
      page.evaluate((n) => (window as unknown as CommunityWindow).__bench.community(n), nodes),
      sleep(LOAD_TIMEOUT_MS).then(() => Promise.reject(new Error(`no layout within ${LOAD_TIMEOUT_MS / 1000} s`))),
    ]);
    return {
      nodes: r.nodes,
      edges: r.edges,
      laidOutMs: r.laidOut,
      pairShare: r.pairShare,
      nodeShare: r.nodeShare,
      separation: r.separation,
      longestBlockMs: r.longestBlock,
    };
  } catch (e) {
    const message = e instanceof Error ? e.message.split("\n")[0]! : String(e);
    return {
      nodes,
      edges: NaN,
      laidOutMs: NaN,
      pairShare: NaN,
      nodeShare: NaN,
      separation: NaN,
      longestBlockMs: NaN,
      error: message,
    };
  } finally {
    await page.close();
  }
}
