import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server Components bundle; tests run on the server.
      "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "app/**/*.test.ts"],
    setupFiles: ["tests/setup/env.ts", "tests/setup/request-scope.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
