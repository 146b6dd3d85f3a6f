/** `ttgraph migrate` — apply pending schema migrations (npm run db:migrate). */
import type { Command } from "commander";
import type { Config } from "../config.js";
import { withDriver } from "../db/with-driver.js";
import { migrate } from "../db/migrate.js";

export function migrateCommand(program: Command, config: Config): void {
  program
    .command("migrate")
    .description("apply pending schema migrations (constraints, indexes, full-text indexes)")
    .action(async () => {
      const applied = await withDriver(config, (driver) => migrate(driver, config.NEO4J_DATABASE));
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Schema is up to date");
    });
}
