/**
 * Vitest global setup for the e2e project (runs after neo4j-global-setup): loads the demo data into
 * the test database (reset first, so every run sees the same deterministic graph), builds the
 * explorer when its sources are newer than explorer/dist, starts the API (which serves the
 * explorer at `/`) on a free port against the test database, and provides its URL as `apiUrl`.
 * The API runs in safelist mode (TRUSTED_DOCUMENTS_ONLY), as in production: the built explorer must
 * send every document by its listed hash. Stops the API afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";
import { createDriver } from "../../graph-api/src/db/driver.js";
import { loadDemoIfEmpty } from "../../graph-api/src/ingest/load-demo.js";
import { resetDatabase } from "./neo4j.js";
import { testConfig } from "./test-config.js";

declare module "vitest" {
  export interface ProvidedContext {
    apiUrl: string;
  }
}

const ROOT = new URL("../../", import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, output: () => string, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`API not ready within ${timeoutMs} ms:\n${output()}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = testConfig();
  const driver = createDriver(config);
  try {
    await resetDatabase(driver);
    await loadDemoIfEmpty(driver, { ...config, LOAD_DEMO: true });
  } finally {
    await driver.close();
  }

  const build = spawnSync(process.execPath, ["explorer/build-if-stale.mjs"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("explorer build failed");

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = "";
  const child = spawn(process.execPath, ["--import", "tsx", "graph-api/src/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      PORT: String(port),
      NEO4J_URI: config.neo4jUri,
      NEO4J_PASSWORD: config.NEO4J_PASSWORD,
      LOAD_DEMO: "false",
      TRUSTED_DOCUMENTS_ONLY: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  await waitReady(url, child, () => log);
  project.provide("apiUrl", url);

  return async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => {
        const t = setTimeout(() => {
          child.kill("SIGKILL");
          r(null);
        }, 10_000);
        child.once("exit", () => {
          clearTimeout(t);
          r(null);
        });
      });
    }
  };
}
