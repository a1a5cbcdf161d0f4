#!/usr/bin/env node
/**
 * The portal's page-weight budget (issue 6): the JavaScript one page makes the
 * browser download — React Router's entry, the root route and the page's own
 * route module with everything they import — must stay at or under 150 KB
 * gzipped. Families are often on a phone with little data, and every page is
 * server-rendered first, so JavaScript only ever enhances.
 *
 * Runs after `react-router build` (the portal's `build` script), prints the
 * figure for every route and fails the build when one is over budget.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const BUDGET_BYTES = 150 * 1024;

/** React Router's browser manifest: `window.__reactRouterManifest={...};` in build/client/assets. */
export function parseManifest(source) {
  const start = source.indexOf("{");
  const end = source.lastIndexOf("}");
  if (start < 0 || end < start) throw new Error("not a React Router manifest");
  return JSON.parse(source.slice(start, end + 1));
}

/** The route and its parents, root first. */
function chain(manifest, routeId) {
  const routes = [];
  for (let id = routeId; id; id = manifest.routes[id]?.parentId) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`route "${id}" is not in the manifest`);
    routes.unshift(route);
  }
  return routes;
}

/**
 * How the browser learns the app's routes, from the server build: "lazy"
 * (React Router's default with SSR) writes the matched routes into the page
 * and fetches others' entries from /__manifest as links appear, so the
 * manifest file — which grows with every route — is never downloaded;
 * "initial" imports the whole manifest file on every page. Unknown counts
 * as "initial", the costlier reading.
 */
export function routeDiscoveryMode(serverBuildSource) {
  const found = /routeDiscovery\s*=\s*\{\s*"mode"\s*:\s*"(lazy|initial)"/.exec(serverBuildSource);
  return found ? found[1] : "initial";
}

/** Every JavaScript file a page of this route loads: entry, then each route in its chain. */
export function scriptsOf(manifest, routeId, discovery = "initial") {
  const files = new Set([manifest.entry.module, ...manifest.entry.imports]);
  if (discovery === "initial") files.add(manifest.url);
  for (const route of chain(manifest, routeId)) {
    if (route.module) files.add(route.module);
    for (const file of route.imports ?? []) files.add(file);
  }
  files.delete(undefined);
  return [...files];
}

/** Pages are the routes that render something and have no children. */
export function pageRoutes(manifest) {
  const parents = new Set(Object.values(manifest.routes).map((route) => route.parentId));
  return Object.values(manifest.routes)
    .filter((route) => route.hasDefaultExport && !parents.has(route.id))
    .map((route) => route.id);
}

/** Gzipped size per page, largest first; `size(file)` gives one file's gzipped bytes. */
export function measure(manifest, size, discovery = "initial") {
  return pageRoutes(manifest)
    .map((id) => {
      const files = scriptsOf(manifest, id, discovery);
      return { route: id, files: files.length, bytes: files.reduce((sum, f) => sum + size(f), 0) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

function main() {
  // The build directory may be given (a build made elsewhere); the portal's own by default.
  const client = process.argv[2]
    ? join(process.argv[2], "client")
    : fileURLToPath(new URL("../build/client", import.meta.url));
  const assets = join(client, "assets");
  const manifestFile = readdirSync(assets).find((name) => /^manifest-.*\.js$/.test(name));
  if (!manifestFile)
    throw new Error(`no React Router manifest in ${assets}: run react-router build first`);
  const manifest = parseManifest(readFileSync(join(assets, manifestFile), "utf8"));
  manifest.url ??= `/assets/${manifestFile}`;
  const cache = new Map();
  const size = (file) => {
    if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(join(client, file))).length);
    return cache.get(file);
  };
  const discovery = routeDiscoveryMode(
    readFileSync(join(client, "..", "server", "index.js"), "utf8"),
  );
  const pages = measure(manifest, size, discovery);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = [
    `Portal page weight: the JavaScript a page downloads, gzipped (budget ${kb(BUDGET_BYTES)}; route discovery ${discovery})`,
  ];
  for (const page of pages) {
    const flag = page.bytes > BUDGET_BYTES ? "  OVER BUDGET" : "";
    lines.push(`  ${kb(page.bytes).padStart(9)}  ${page.route} (${page.files} files)${flag}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  writeFileSync(join(client, "..", "page-weight.json"), `${JSON.stringify(pages, null, 2)}\n`);
  const over = pages.filter((page) => page.bytes > BUDGET_BYTES);
  if (over.length) {
    process.stderr.write(
      `Page-weight budget exceeded: ${over.map((p) => `${p.route} by ${kb(p.bytes - BUDGET_BYTES)}`).join(", ")}. ` +
        "Move code to the server (loaders/actions) or load it only where it is needed.\n",
    );
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
