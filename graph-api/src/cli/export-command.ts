/** `ttgraph export <folder>` — write the whole graph as a data package (deterministic files). */
import type { Command } from "commander";
import type { Config } from "../config.js";
import { withDriver } from "../db/with-driver.js";
import { exportPackage } from "../ingest/export-package.js";
import { failCleanly } from "./fail-cleanly.js";

export function exportCommand(program: Command, config: Config): void {
  program
    .command("export")
    .description("export every node and relationship as a data package (sorted, byte-stable)")
    .argument("<folder>", "output folder (created; its package CSV files are replaced)")
    .action(
      failCleanly(async (folder: string) => {
        const r = await withDriver(config, (driver) =>
          exportPackage(driver, folder, { database: config.NEO4J_DATABASE }),
        );
        const n = Object.values(r.nodes).reduce((a, b) => a + b, 0);
        const m = Object.values(r.relationships).reduce((a, b) => a + b, 0);
        for (const p of r.problems) console.warn(`warning: ${p}`);
        if (r.problemCount > r.problems.length)
          console.warn(`… and ${r.problemCount - r.problems.length} more values that do not fit the model`);
        console.log(`Exported ${n} nodes and ${m} relationships to ${r.out} in ${r.seconds.toFixed(1)} s`);
      }),
    );
}
