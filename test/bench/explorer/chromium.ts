/**
 * Headless Chromium for the explorer benchmark: Debian's /usr/bin/chromium driven by
 * playwright-core (no downloaded browser), a fresh profile per launch, and the flags that keep
 * it from phoning home. WebGL still works without a GPU through SwiftShader (software).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launch with a fresh --user-data-dir (Playwright passes it for a persistent context). */
export async function launchChromium(viewport = { width: 1366, height: 768 }): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "ttgraph-bench-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
