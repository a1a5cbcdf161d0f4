import { defineConfig } from "vitest/config";

// Unit tests import modules directly; the React Router plugin is for builds only.
export default defineConfig({ test: { include: ["test/**/*.test.ts", "test/**/*.test.tsx"] } });
