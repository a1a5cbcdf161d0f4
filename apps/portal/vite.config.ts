import { fileURLToPath } from "node:url";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  // The React Router plugin builds the app; unit tests import modules directly and must not start it.
  plugins: [process.env.VITEST ? null : reactRouter()],
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fileURLToPath(
          new URL("./app/lib/use-sync-external-store-shim.ts", import.meta.url),
        ),
      },
    ],
  },
  server: { port: 5173 },
});
