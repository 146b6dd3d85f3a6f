import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The explorer is built into explorer/dist and served by the API process at `/`;
// `npm run dev` runs this dev server with /graphql proxied to the API.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { port: 5173, proxy: { "/graphql": "http://127.0.0.1:4000", "/readyz": "http://127.0.0.1:4000" } },
});
