import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordSection, verdicts } from "../../bench/api/report.js";
import { percentile } from "../../bench/api/stats.js";

describe("API benchmark report", () => {
  it("replaces its own section and keeps the others", () => {
    const file = join(mkdtempSync(join(tmpdir(), "bench-")), "BENCHMARKS.md");
    writeFileSync(
      file,
      "# Benchmarks\n\n## Import\n\nimport figures\n\n## API\n\nold\n\n## Explorer\n\nexplorer figures\n",
    );
    recordSection(file, "new figures");
    expect(readFileSync(file, "utf8")).toBe(
      "# Benchmarks\n\n## Import\n\nimport figures\n\n## API\n\nnew figures\n\n## Explorer\n\nexplorer figures\n",
    );
    const fresh = join(mkdtempSync(join(tmpdir(), "bench-")), "BENCHMARKS.md");
    writeFileSync(fresh, "# Benchmarks\n\n## Import\n\nx\n");
    recordSection(fresh, "api");
    expect(readFileSync(fresh, "utf8")).toBe("# Benchmarks\n\n## Import\n\nx\n\n## API\n\napi\n");
  });

  it("nearest-rank percentiles and verdicts", () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(
      percentile(
        [...Array(20).keys()].map((i) => i + 1),
        95,
      ),
    ).toBe(19);
    const vs = verdicts([
      { name: "a list", list: true, gqlP50: 3, gqlP95: 5, cypherP50: 2, cypherP95: 3, sameAnswer: true },
      { name: "slow filter", list: true, note: "known", gqlP50: 30, gqlP95: 40, cypherP50: 2, cypherP95: 3 },
      { name: "resultJourney", list: false, gqlP50: 20, gqlP95: 120 },
    ]);
    expect(vs.map((v) => v.pass)).toEqual([true, false, true, true]); // 1.5 ≤ 1.5; journey 120 > 100
  });
});
