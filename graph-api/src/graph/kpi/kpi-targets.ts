/**
 * Plan KPI targets and default window, read from a JSON file: graph-api/config/kpi-targets.json
 * (the plan's defaults) or the file named by KPI_TARGETS_FILE. Validated once per path; a bad file
 * is an error that names every bad key.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { isIsoDate } from "../../domain/dates.js";

export const KPI_KEYS = ["TALENTS", "TITLED_BROKERS", "FILED_AGENCIES", "TRAINING_EVENTS"] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export const DEFAULT_KPI_TARGETS_FILE = fileURLToPath(new URL("../../../config/kpi-targets.json", import.meta.url));

const isoDate = z.string().refine(isIsoDate, "a day of the calendar as YYYY-MM-DD");
const target = z.number().int().min(1);

const schema = z.object({
  window: z.object({ from: isoDate, to: isoDate }).refine((w) => w.from <= w.to, "from must not be after to"),
  targets: z.object({ TALENTS: target, TITLED_BROKERS: target, FILED_AGENCIES: target, TRAINING_EVENTS: target }),
});

export type KpiTargets = z.infer<typeof schema>;

const cache = new Map<string, KpiTargets>();

/** Load and validate the targets file (cached per path). */
export function loadKpiTargets(file: string = DEFAULT_KPI_TARGETS_FILE): KpiTargets {
  const cached = cache.get(file);
  if (cached) return cached;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`KPI targets file ${file}: ${(e as Error).message}`, { cause: e });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`KPI targets file ${file} is invalid:\n${lines.join("\n")}`);
  }
  cache.set(file, parsed.data);
  return parsed.data;
}
