import { defineConfig } from "vitest/config";
import preact from "@preact/preset-vite";
import { BASE_PATH } from "./src/config.ts";

// The API serves dist/ at "/" (SPA fallback to index.html); in dev, Vite proxies /api to it.
export default defineConfig({
  base: `${BASE_PATH}/`,
  plugins: [preact()],
  server: {
    port: 5173,
    proxy: { "/api": "http://localhost:8000" },
  },
  preview: { port: 4173 },
  build: { outDir: "dist", emptyOutDir: true },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    restoreMocks: true,
    unstubGlobals: true,
    // Longer than testing-library's 5 s wait (src/test/setup.ts), so a wait that fails says what
    // it waited for instead of a bare "Test timed out".
    testTimeout: 20000,
  },
});
