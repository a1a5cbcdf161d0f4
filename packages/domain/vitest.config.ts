import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The text reporter prints the percentage in CI logs; no HTML to upload.
      reporter: ["text", "text-summary"],
      thresholds: { lines: 95 },
    },
  },
});
