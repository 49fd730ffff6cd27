import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);
const resolve = {
  alias: {
    "@": root,
    "server-only": path.join(root, "tests/support/empty-module.ts"),
  },
};

export default defineConfig({
  test: {
    projects: [
      // Layout and synthetic-graph tests take seconds on a busy two-core machine; the default 5 s is too tight there.
      { resolve, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 30_000 } },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The Neo4j fault tests stop and start the one shared server; nothing may overlap them.
          fileParallelism: false,
        },
      },
    ],
  },
});
