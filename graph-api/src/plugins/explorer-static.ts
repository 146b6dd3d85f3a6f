/**
 * Serves the built explorer (explorer/dist) at `/` with a single-page-app fallback: any GET
 * that accepts HTML and matches no file gets index.html, so deep links work. Absent folder: no-op.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import express, { Router } from "express";

export const EXPLORER_DIST = fileURLToPath(new URL("../../../explorer/dist/", import.meta.url));

/** Paths the API owns: never answered with the explorer's index.html. */
const API_PATHS = /^\/(graphql|graphiql|healthz|readyz)(\/|$)/;

export function explorerRouter(dist = EXPLORER_DIST): Router | undefined {
  const index = join(dist, "index.html");
  if (!existsSync(index)) return undefined;
  const router = Router();
  router.use(
    express.static(dist, {
      index: "index.html",
      // Vite's assets carry a content hash: cache them for good; index.html must be revalidated.
      setHeaders: (res, path) => {
        res.setHeader(
          "cache-control",
          path.includes(`${join(dist, "assets")}`) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    }),
  );
  router.get(/.*/, (req, res, next) => {
    if (API_PATHS.test(req.path) || !req.accepts("html")) return next();
    res.setHeader("cache-control", "no-cache");
    res.sendFile(index);
  });
  return router;
}
