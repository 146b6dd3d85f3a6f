import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../graph-api/src/config.js";

describe("loadConfig", () => {
  it("uses documented defaults and a local Neo4j when NEO4J_URI is unset", () => {
    const c = loadConfig({});
    expect(c.localNeo4j).toBe(true);
    expect(c.neo4jUri).toBe("bolt://127.0.0.1:7687");
    expect(c.PORT).toBe(4000);
    expect(c.INTROSPECTION).toBe(true);
  });

  it("lists every bad key at once", () => {
    try {
      loadConfig({ PORT: "abc", NEO4J_URI: "http://x", NEO4J_HEAP: "lots" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toMatch(/PORT/);
      expect(msg).toMatch(/NEO4J_URI/);
      expect(msg).toMatch(/NEO4J_HEAP/);
    }
  });

  it("refuses the development JWT secret in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET/);
    const c = loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(40) });
    expect(c.INTROSPECTION).toBe(false);
  });

  it("reads TRUST_PROXY as express's trust proxy setting and refuses what express would not", () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8,fd00::/8" }).TRUST_PROXY).toBe(
      "loopback, 10.0.0.0/8,fd00::/8",
    );
    for (const bad of ["lb.example", "10.0.0.0/33", "10.0.0.1/8/1", "loopback;rm"])
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY: true, false, a number of hops/);
    expect(loadConfig({}).MAX_REFUSALS_PER_MINUTE).toBe(120);
    expect(() => loadConfig({ MAX_REFUSALS_PER_MINUTE: "-1" })).toThrow(/MAX_REFUSALS_PER_MINUTE/);
  });

  it("uses a given cluster address", () => {
    expect(loadConfig({ NEO4J_URI: "neo4j://cluster.example:7687" }).localNeo4j).toBe(false);
  });

  it("reads TRUSTED_DOCUMENTS_FILES as a list of files that must exist", () => {
    expect(loadConfig({}).TRUSTED_DOCUMENTS_FILES).toEqual([]);
    expect(loadConfig({ TRUSTED_DOCUMENTS_FILES: " package.json , codegen.yml" }).TRUSTED_DOCUMENTS_FILES).toEqual([
      "package.json",
      "codegen.yml",
    ]);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_FILES: "package.json,missing.json" })).toThrow(
      /TRUSTED_DOCUMENTS_FILES: comma-separated paths of manifest files that exist/,
    );
  });
});
