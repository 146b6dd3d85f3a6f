/**
 * Provision a Neo4j 5.26 Community server with APOC core and Graph Data Science from Maven Central
 * (no Docker, no neo4j.com): `mvn dependency:copy-dependencies` on neo4j-local/pom.xml copies the
 * Community aggregate's runtime jars into <home>/dist/lib, and a second pass copies the plugin
 * groups (APOC, GDS) into <home>/dist/plugins — the server scans only that folder for procedures.
 * Maven's local repository (~/.m2) caches the downloads; the copy is redone only when pom.xml
 * changes.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const POM = fileURLToPath(new URL("./pom.xml", import.meta.url));

/** Maven groups whose jars are server plugins (procedures): APOC and Graph Data Science. */
const PLUGIN_GROUPS = ["org.neo4j.procedure", "org.neo4j.gds"];

export class PrerequisiteError extends Error {
  override readonly name = "PrerequisiteError";
}

/** Java 17+ and Maven must be on PATH; say exactly what is missing and how to get it. */
export function checkPrerequisites(): { java: string; maven: string } {
  const java = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (java.error || java.status !== 0) {
    throw new PrerequisiteError(
      "Java 17 or 21 is required to run the local Neo4j server but `java` was not found on PATH.\n" +
        "Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or set NEO4J_URI to use an existing Neo4j 5.23+ server.",
    );
  }
  const versionLine = (java.stderr || java.stdout).split("\n")[0] ?? "";
  const major = Number(/version "(\d+)/.exec(versionLine)?.[1] ?? 0);
  if (major !== 17 && major !== 21) {
    throw new PrerequisiteError(`Neo4j 5.26 needs Java 17 or 21; found: ${versionLine}`);
  }
  const mvn = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (mvn.error || mvn.status !== 0) {
    throw new PrerequisiteError(
      "Maven (`mvn`) is required once, to download the Neo4j server jars from Maven Central, but was not found on PATH.\n" +
        "Install it (Debian/Ubuntu: apt-get install maven) or set NEO4J_URI to use an existing Neo4j 5.23+ server.",
    );
  }
  return { java: versionLine, maven: mvn.stdout.split("\n")[0] ?? "" };
}

/** Install (or reuse) the server jars under `<home>/dist`; returns the dist folder. */
export function ensureInstalled(home: string, log: (msg: string) => void = console.log): string {
  const dist = join(home, "dist");
  const stamp = join(dist, "pom.sha256");
  const pomHash = createHash("sha256").update(readFileSync(POM)).digest("hex");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === pomHash) return dist;

  checkPrerequisites();
  log("Downloading Neo4j 5.26 Community, APOC and Graph Data Science from Maven Central (first run only)...");
  rmSync(dist, { recursive: true, force: true });
  const lib = join(dist, "lib");
  const plugins = join(dist, "plugins");
  mkdirSync(plugins, { recursive: true });
  const copy = (outputDirectory: string, extra: string[]) => {
    try {
      execFileSync(
        "mvn",
        [
          "-q",
          "-B",
          "-f",
          POM,
          "dependency:copy-dependencies",
          `-DoutputDirectory=${outputDirectory}`,
          "-DincludeScope=runtime",
          ...extra,
        ],
        { stdio: ["ignore", "inherit", "inherit"] },
      );
    } catch (e) {
      throw new PrerequisiteError(
        `Maven could not download the Neo4j jars (${(e as Error).message}). Is Maven Central reachable?`,
      );
    }
  };
  copy(lib, []);
  // The plugin groups' own jars go to plugins/ (scanned for procedures); their dependencies stay in lib/.
  copy(plugins, [`-DincludeGroupIds=${PLUGIN_GROUPS.join(",")}`]);
  for (const jar of readdirSync(plugins)) rmSync(join(lib, jar), { force: true });
  writeFileSync(stamp, pomHash);
  return dist;
}
