import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Next's rules plus the React hooks rules (rules of hooks, effect dependencies, refs during render, …) and
// typescript-eslint's recommended set: what `tsc` does not catch. `npm run lint` allows no warning.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `const { keys: _keys, ...rest } = x` is how we drop a field; the rest is what is used.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }],
    },
  },
  // Generated or downloaded, never edited by hand.
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "test-results/**",
    "test-reports/**",
    "playwright-report/**",
    ".neo4j/**",
    ".e2e-data/**",
    "bench/tmp/**",
    "scripts/neo4j/target/**",
    "next-env.d.ts",
  ]),
]);
