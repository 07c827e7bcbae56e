import { defineConfig } from "vitest/config";
import preact from "@preact/preset-vite";

// Nothing to build here: the apps bundle these sources. This only runs the package's own tests.
export default defineConfig({
  plugins: [preact()],
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
