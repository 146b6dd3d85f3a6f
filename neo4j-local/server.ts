/**
 * Start, stop and inspect the local Neo4j server that TTGraph runs when NEO4J_URI is unset.
 * The server is Neo4j's own entry point (org.neo4j.server.CommunityEntryPoint) started as a
 * detached java process; its pid, config, data and logs live under NEO4J_HOME (git-ignored).
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import neo4j from "neo4j-driver";
import type { Config } from "../graph-api/src/config.js";
import { ensureInstalled } from "./install.js";
import { neo4jConf } from "./settings.js";

export interface LocalServerStatus {
  running: boolean;
  pid?: number;
  uri: string;
  version?: string;
  home: string;
}

const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+AlwaysPreTouch",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
];

function paths(config: Config) {
  const home = resolve(config.NEO4J_HOME);
  return {
    home,
    conf: join(home, "conf"),
    data: join(home, "data"),
    logs: join(home, "logs"),
    run: join(home, "run"),
    pidFile: join(home, "run", "ttgraph-neo4j.pid"),
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid) ? pid : undefined;
}

async function boltVersion(config: Config): Promise<string | undefined> {
  const driver = neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    const res = await driver.executeQuery(
      "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
      {},
      { database: "system" },
    );
    return String(res.records[0]?.get("v"));
  } catch {
    return undefined;
  } finally {
    await driver.close();
  }
}

export async function status(config: Config): Promise<LocalServerStatus> {
  const p = paths(config);
  const pid = readPid(p.pidFile);
  const version = pid ? await boltVersion(config) : undefined;
  return { running: pid !== undefined && version !== undefined, pid, uri: config.neo4jUri, version, home: p.home };
}

/** Start the server unless it already runs; resolves once Bolt answers. Idempotent. */
export async function start(config: Config, log: (msg: string) => void = console.log): Promise<LocalServerStatus> {
  const p = paths(config);
  const existing = readPid(p.pidFile);
  if (existing) {
    const s = await waitForBolt(config, p.logs, existing, 120_000);
    log(`Neo4j already running (pid ${existing}) at ${config.neo4jUri}`);
    return s;
  }
  const dist = ensureInstalled(p.home, log);
  for (const d of [p.conf, p.data, p.logs, p.run]) mkdirSync(d, { recursive: true });
  writeFileSync(
    join(p.conf, "neo4j.conf"),
    neo4jConf(config, { data: p.data, logs: p.logs, run: p.run, plugins: join(dist, "plugins") }),
  );
  const classpath = `${join(dist, "plugins")}/*:${join(dist, "lib")}/*`;
  const env = { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: p.conf };

  if (!existsSync(join(p.data, "dbms", "auth.ini"))) {
    // The initial password must be set before the first start (neo4j-admin dbms set-initial-password).
    const r = spawnSync(
      "java",
      ["-cp", classpath, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", config.NEO4J_PASSWORD],
      { env, encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(`Could not set the initial Neo4j password: ${r.stderr || r.stdout}`);
  }

  const out = openSync(join(p.logs, "console.log"), "a");
  const child = spawn(
    "java",
    [
      `-Xms${config.NEO4J_HEAP}`,
      `-Xmx${config.NEO4J_HEAP}`,
      ...JVM_FLAGS,
      "-cp",
      classpath,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${p.home}`,
      `--config-dir=${p.conf}`,
      "--console-mode",
    ],
    { env, detached: true, stdio: ["ignore", out, out], cwd: p.home },
  );
  closeSync(out);
  if (child.pid === undefined) throw new Error("Could not spawn java for Neo4j");
  writeFileSync(p.pidFile, String(child.pid));
  child.unref();
  log(`Starting Neo4j (pid ${child.pid}), logs in ${join(p.logs, "console.log")}`);
  const s = await waitForBolt(config, p.logs, child.pid, 180_000);
  log(`Neo4j ${s.version} ready at ${config.neo4jUri}`);
  return s;
}

async function waitForBolt(config: Config, logs: string, pid: number, timeoutMs: number): Promise<LocalServerStatus> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid)) {
      const tail = readTail(join(logs, "console.log"), 30);
      throw new Error(`Neo4j exited during start-up. Last lines of ${join(logs, "console.log")}:\n${tail}`);
    }
    const version = await boltVersion(config);
    if (version) return { running: true, pid, uri: config.neo4jUri, version, home: paths(config).home };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `Neo4j did not answer on ${config.neo4jUri} within ${timeoutMs / 1000}s; see ${join(logs, "console.log")}`,
  );
}

function readTail(file: string, lines: number): string {
  if (!existsSync(file)) return "(no log)";
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

/** Stop the server cleanly (SIGTERM, then SIGKILL after 60 s). A no-op when it is not running. */
export async function stop(config: Config, log: (msg: string) => void = console.log): Promise<void> {
  const p = paths(config);
  const pid = readPid(p.pidFile);
  if (!pid) {
    rmSync(p.pidFile, { force: true });
    log("Neo4j is not running");
    return;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (alive(pid)) {
    log("Neo4j did not stop within 60 s; killing it");
    process.kill(pid, "SIGKILL");
  }
  rmSync(p.pidFile, { force: true });
  log(`Neo4j stopped (pid ${pid})`);
}
