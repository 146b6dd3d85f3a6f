import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The explorer is built into explorer/dist and served by the API process at `/`;
// `npm run dev` runs this dev server with /graphql and /reports proxied to the API.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // The domain model (node types, enums) is the API's own: one declared place for both sides,
  // the same alias as `paths` in tsconfig.json.
  resolve: {
    alias: [
      { find: /^@ttgraph\/domain\//, replacement: fileURLToPath(new URL("../graph-api/src/domain/", import.meta.url)) },
    ],
  },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    port: 5173,
    // charts and sheets are shared with the server's white paper (../presentation)
    fs: { allow: [".."] },
    proxy: {
      "/graphql": "http://127.0.0.1:4000",
      "/readyz": "http://127.0.0.1:4000",
      "/reports": "http://127.0.0.1:4000",
    },
  },
});
