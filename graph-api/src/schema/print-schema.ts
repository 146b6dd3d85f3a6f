/** `npm run schema:print` — write the full generated SDL to graph-api/schema.graphql. */
import { writeFileSync } from "node:fs";
import { SDL_FILE, generateSdl } from "./sdl.js";

const sdl = await generateSdl();
writeFileSync(SDL_FILE, sdl);
console.log(`Wrote ${SDL_FILE} (${sdl.split("\n").length} lines)`);
