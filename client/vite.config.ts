import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const api = "http://127.0.0.1:4000";

/** The explorer: built to client/dist (which the API serves at /); the dev server proxies the API. */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 800 },
  server: { proxy: { "/graphql": api, "/health": api } },
  preview: { proxy: { "/graphql": api, "/health": api } },
});
