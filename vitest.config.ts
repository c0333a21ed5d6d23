import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; tests run the data layer in plain Node.
      "server-only": fileURLToPath(new URL("./tests/support/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/db/**/*.test.ts", "tests/api/**/*.test.ts", "tests/reliability/**/*.test.ts"],
    environment: "node",
    // Property-based tests run thousands of cases: on a shared 2-core machine under load the default 5 s is a
    // test of the machine's speed, not of the code.
    testTimeout: 60_000,
  },
});
