/**
 * `generatePackage`: writes a deterministic demo data package (docs/domain.md "The data package") for a
 * scale and seed. The families run in dependency order and stream their rows straight into the
 * PackageWriter; between families only compact typed arrays are kept (see context.ts), so memory
 * does not grow with the number of relationships. Same seed and scale → byte-identical files.
 */
import { NODE_TYPE_NAMES, type NodeType } from "../../domain/model.js";
import { openPackageWriter } from "../format/package-writer.js";
import type { Ctx, Rows } from "./context.js";
import { generateAgencies, generateAlliances } from "./agencies-alliance.js";
import { generateBrokers } from "./brokers.js";
import { generateDeals } from "./deals.js";
import { generateEnterprises } from "./enterprises.js";
import { generateAwards, generateEvents, generatePlatforms } from "./events-platforms-awards.js";
import { generateInstitutionsAndLabs } from "./institutions-labs.js";
import { generatePlacesAndChains } from "./places-chains.js";
import { Rng } from "./random.js";
import { generateDemands, generateResults } from "./results-demands.js";
import { SCALES, type ScaleName } from "./scales.js";

export interface GenerateOptions {
  scale: ScaleName;
  seed: number;
  /** Output folder; created if missing, its package files replaced (other files are left alone). */
  out: string;
  /** Called now and then with the rows written so far (for a progress line). */
  onProgress?: (rows: number) => void;
}

export interface GenerateReport {
  scale: ScaleName;
  seed: number;
  out: string;
  nodes: number;
  relationships: number;
  /** Rows per file (node type or relationship type). */
  files: Record<string, number>;
  seconds: number;
}

/** The families in dependency order: each reads what the earlier ones left in the context. */
const FAMILIES: ((ctx: Ctx) => Rows)[] = [
  generatePlacesAndChains,
  generateAlliances,
  generateInstitutionsAndLabs,
  generateAgencies,
  generateEnterprises,
  generateEvents,
  generatePlatforms,
  generateBrokers,
  generateResults,
  generateDemands,
  generateDeals,
  generateAwards,
];

const NODE_FILES = new Set<string>(NODE_TYPE_NAMES);

/** Generate the package for `scale` and `seed` into `out`. */
export async function generatePackage(options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const ctx: Ctx = { scaleName: options.scale, scale: SCALES[options.scale], rng: new Rng(options.seed) };
  // The writer opens (and so truncates) every file of the model: nothing stale survives a re-run.
  const writer = await openPackageWriter(options.out);
  let rows = 0;
  try {
    for (const family of FAMILIES) {
      for (const { file, row } of family(ctx)) {
        if (NODE_FILES.has(file)) await writer.writeNode(file as NodeType, row);
        else await writer.writeRel(file, row);
        if (++rows % 100_000 === 0) options.onProgress?.(rows);
      }
    }
  } finally {
    await writer.close();
  }
  const files = writer.counts();
  const count = (nodes: boolean) =>
    Object.entries(files).reduce((s, [f, c]) => s + (NODE_FILES.has(f) === nodes ? c : 0), 0);
  return {
    scale: options.scale,
    seed: options.seed,
    out: options.out,
    nodes: count(true),
    relationships: count(false),
    files,
    seconds: (performance.now() - started) / 1000,
  };
}
