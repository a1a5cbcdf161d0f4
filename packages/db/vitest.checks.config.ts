import { defineConfig } from "vitest/config";

// Slow checks run by hand, not by `pnpm test` (see each file's header).
export default defineConfig({
  test: { include: ["checks/**/*.test.ts"], testTimeout: 300_000, hookTimeout: 300_000 },
});
