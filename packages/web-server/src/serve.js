#!/usr/bin/env node
import path from "node:path";
import url from "node:url";
import { clientAddressMiddleware, parseTrustProxy } from "./client-address.js";

/**
 * Serves a React Router server build as react-router-serve does (static
 * assets, compression, the request handler), plus two things it cannot do:
 * honour TRUST_PROXY when deciding who the client is, and remember that
 * address for the request so the app's calls to the API forward it.
 *
 * Usage: cetr-web-serve build/server/index.js (PORT, HOST, TRUST_PROXY from the environment).
 */
process.env.NODE_ENV = process.env.NODE_ENV ?? "production";
// Imported only now: React reads NODE_ENV when first loaded (@react-router/express loads it), and
// a development React under the build's production React DOM fails every page.
const { createRequestHandler } = await import("@react-router/express");
const { default: compression } = await import("compression");
const { default: express } = await import("express");

const buildPath = path.resolve(process.argv[2] ?? "build/server/index.js");
const build = await import(url.pathToFileURL(buildPath).href);

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", parseTrustProxy(process.env.TRUST_PROXY));
app.use(compression());
app.use(
  path.posix.join(build.publicPath, "assets"),
  express.static(path.join(build.assetsBuildDirectory, "assets"), {
    immutable: true,
    maxAge: "1y",
  }),
);
app.use(build.publicPath, express.static(build.assetsBuildDirectory));
app.use(express.static("public", { maxAge: "1h" }));
app.use(clientAddressMiddleware);
app.use(createRequestHandler({ build, mode: process.env.NODE_ENV }));

const port = Number(process.env.PORT ?? 3000);
// The one line an operator (and the e2e setup's log) needs to see that it is up.
const onListen = () => process.stdout.write(`[cetr-web-serve] http://localhost:${port}\n`);
const server = process.env.HOST
  ? app.listen(port, process.env.HOST, onListen)
  : app.listen(port, onListen);

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
