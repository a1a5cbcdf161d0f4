import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // PGlite start-up and the Prisma CLI are slow on 2-core machines; no test here is timing-sensitive.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
