import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { analyzeCommand } from "../../../graph-api/src/cli/analyze-command.js";
import { loadConfig } from "../../../graph-api/src/config.js";
import { dateProblem, isCalendarDate } from "../../../graph-api/src/domain/dates.js";
import { loadKpiTargets } from "../../../graph-api/src/graph/kpi/kpi-targets.js";

describe("dates of the domain", () => {
  it("accepts YYYY-MM-DD days of the calendar and says what is wrong with the rest", () => {
    expect(dateProblem("2024-02-29")).toBeNull();
    expect(dateProblem("2023-02-29")).toBe("calendar");
    expect(dateProblem("2024-02-30")).toBe("calendar");
    expect(dateProblem("2024-13-01")).toBe("calendar");
    expect(dateProblem("2024-2-3")).toBe("format");
    expect(dateProblem("2024-02-03T00:00")).toBe("format");
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(2024, 4, 31)).toBe(false);
  });

  it("the KPI targets file refuses a window day that does not exist", () => {
    const file = join(mkdtempSync(join(tmpdir(), "kpi-")), "targets.json");
    const targets = { TALENTS: 1, TITLED_BROKERS: 1, FILED_AGENCIES: 1, TRAINING_EVENTS: 1 };
    writeFileSync(file, JSON.stringify({ window: { from: "2024-02-30", to: "2025-12-31" }, targets }));
    expect(() => loadKpiTargets(file)).toThrow(/window\.from: a day of the calendar as YYYY-MM-DD/);
  });

  it("ttgraph analyze refuses --from 2024-02-30 before it connects", () => {
    const program = new Command().exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
    analyzeCommand(program, loadConfig({}));
    expect(() => program.parse(["analyze", "--from", "2024-02-30"], { from: "user" })).toThrow(
      /a day of the calendar as YYYY-MM-DD/,
    );
  });
});
