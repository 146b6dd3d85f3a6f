import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENUMS } from "../../../../graph-api/src/domain/enums.js";
import { NODE_TYPE_NAMES, nodeFields, RELATIONSHIPS, relColumns } from "../../../../graph-api/src/domain/model.js";
import { generatePackage, type GenerateReport } from "../../../../graph-api/src/ingest/generate/generate-package.js";
import { isValidUscc } from "../../../../graph-api/src/ingest/format/uscc.js";
import { readHeaders, readPackage, type PackageRows } from "../../../helpers/read-package.js";

describe("generated demo package: structure against the domain model", () => {
  let dir: string;
  let pkg: PackageRows;
  let headers: Record<string, string[]>;
  let report: GenerateReport;
  const typeOf = new Map<string, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "ttgraph-gen-struct-"));
    report = await generatePackage({ scale: "demo", seed: 2024, out: dir });
    pkg = readPackage(dir);
    headers = readHeaders(dir);
    for (const type of NODE_TYPE_NAMES) for (const row of pkg[type] ?? []) typeOf.set(row.id!, type);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is about 3,000 nodes and reports what it wrote", () => {
    const nodes = NODE_TYPE_NAMES.reduce((s, t) => s + (pkg[t]?.length ?? 0), 0);
    expect(nodes).toBe(report.nodes);
    expect(nodes).toBeGreaterThan(2700);
    expect(nodes).toBeLessThan(3300);
    expect(report.relationships).toBe(RELATIONSHIPS.reduce((s, r) => s + (pkg[r.type]?.length ?? 0), 0));
  });

  it("has rows of every node type and every relationship type, with the model's columns", () => {
    for (const type of NODE_TYPE_NAMES) {
      expect(pkg[type]?.length, type).toBeGreaterThan(0);
      expect(headers[type], type).toEqual(nodeFields(type).map((f) => f.name));
    }
    for (const rel of RELATIONSHIPS) {
      expect(pkg[rel.type]?.length, rel.type).toBeGreaterThan(0);
      expect(headers[rel.type], rel.type).toEqual(relColumns(rel));
    }
  });

  it("uses ids unique across all types", () => {
    const all = NODE_TYPE_NAMES.flatMap((t) => (pkg[t] ?? []).map((r) => r.id));
    expect(new Set(all).size).toBe(all.length);
    expect(pkg.Broker![0]!.id).toMatch(/^BRK-\d{6}$/);
  });

  it("fills required fields and uses only enum values of the model", () => {
    for (const type of NODE_TYPE_NAMES) {
      for (const field of nodeFields(type)) {
        for (const row of pkg[type] ?? []) {
          const v = row[field.name] ?? "";
          if (field.required) expect(v, `${type}.${field.name}`).not.toBe("");
          if (v && field.type.kind === "enum")
            expect(ENUMS[field.type.enum] as readonly string[], `${type}.${field.name}`).toContain(v);
          if (v && field.type.kind === "date") expect(v).toMatch(/^20(1|2)\d-\d\d-\d\d$/);
        }
      }
    }
  });

  it("joins existing nodes of the end types the model allows", () => {
    for (const rel of RELATIONSHIPS) {
      for (const row of pkg[rel.type] ?? []) {
        expect(rel.from, `${rel.type} from ${row.from}`).toContain(typeOf.get(row.from!));
        expect(rel.to, `${rel.type} to ${row.to}`).toContain(typeOf.get(row.to!));
      }
    }
  });

  it("gives relationships their properties: one LEAD per deal, hours on attendance, since dates", () => {
    const leads = new Map<string, number>();
    for (const r of pkg.BROKERED!) {
      expect(["LEAD", "SUPPORT"]).toContain(r.role);
      if (r.role === "LEAD") leads.set(r.to!, (leads.get(r.to!) ?? 0) + 1);
    }
    expect(leads.size).toBe(pkg.Deal!.length);
    expect([...leads.values()].every((n) => n === 1)).toBe(true);
    expect(pkg.ATTENDED!.every((r) => Number(r.hours) > 0 && ["true", "false"].includes(r.certified!))).toBe(true);
    expect(pkg.EMPLOYED_BY!.every((r) => /^\d{4}-\d\d-\d\d$/.test(r.since!))).toBe(true);
    expect(pkg.MEMBER_OF!.every((r) => /^\d{4}-\d\d-\d\d$/.test(r.since!))).toBe(true);
  });

  it("gives every enterprise a checksum-valid, unique USCC", () => {
    const codes = pkg.Enterprise!.map((e) => e.uscc!);
    expect(codes.every(isValidUscc)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
