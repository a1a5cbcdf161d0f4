import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  // The React Router plugin builds the app; unit tests import modules directly and must not start it.
  plugins: [process.env.VITEST ? null : reactRouter()],
  server: { port: 5173 },
});
