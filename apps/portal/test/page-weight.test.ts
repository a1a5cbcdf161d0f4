import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ESM build script without type declarations
import {
  BUDGET_BYTES,
  measure,
  pageRoutes,
  parseManifest,
  routeDiscoveryMode,
  scriptsOf,
} from "../scripts/page-weight.mjs";

/** A manifest shaped like React Router's build/client/assets/manifest-*.js. */
const MANIFEST = `window.__reactRouterManifest=${JSON.stringify({
  url: "/assets/manifest-1.js",
  entry: { module: "/assets/entry.js", imports: ["/assets/react.js"] },
  routes: {
    root: {
      id: "root",
      module: "/assets/root.js",
      imports: ["/assets/react.js", "/assets/ui.js"],
      hasDefaultExport: true,
    },
    "routes/home": {
      id: "routes/home",
      parentId: "root",
      path: "home",
      module: "/assets/home.js",
      imports: ["/assets/ui.js"],
      hasDefaultExport: true,
    },
    "routes/big": {
      id: "routes/big",
      parentId: "root",
      path: "big",
      module: "/assets/big.js",
      imports: ["/assets/chart.js"],
      hasDefaultExport: true,
    },
    "routes/sign-out": {
      id: "routes/sign-out",
      parentId: "root",
      path: "sign-out",
      module: "/assets/sign-out.js",
      hasDefaultExport: false,
    },
  },
})};`;

const SIZES: Record<string, number> = {
  "/assets/manifest-1.js": 1_000,
  "/assets/entry.js": 80_000,
  "/assets/react.js": 40_000,
  "/assets/root.js": 3_000,
  "/assets/ui.js": 10_000,
  "/assets/home.js": 2_000,
  "/assets/big.js": 5_000,
  "/assets/chart.js": 2_000,
};
const size = (file: string) => {
  const bytes = SIZES[file];
  if (bytes === undefined) throw new Error(`unexpected file ${file}`);
  return bytes;
};

describe("the portal's page-weight budget (issue 6)", () => {
  const manifest = parseManifest(MANIFEST);

  it("charges a page for the entry, the root and its own module with their imports, once each", () => {
    expect(scriptsOf(manifest, "routes/home").sort()).toEqual(
      [
        "/assets/entry.js",
        "/assets/home.js",
        "/assets/manifest-1.js",
        "/assets/react.js",
        "/assets/root.js",
        "/assets/ui.js",
      ].sort(),
    );
  });

  it("measures pages only: routes without a component (actions, resource routes) and layouts are not pages", () => {
    expect(pageRoutes(manifest).sort()).toEqual(["routes/big", "routes/home"]);
  });

  it("adds up each page's files and sorts the heaviest first", () => {
    const pages = measure(manifest, size);
    expect(pages.map((p: { route: string; bytes: number }) => [p.route, p.bytes])).toEqual([
      ["routes/big", 1_000 + 80_000 + 40_000 + 3_000 + 10_000 + 5_000 + 2_000],
      ["routes/home", 1_000 + 80_000 + 40_000 + 3_000 + 10_000 + 2_000],
    ]);
    expect(pages[0].bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("does not charge for the whole route manifest when routes are discovered lazily (SSR's default)", () => {
    expect(scriptsOf(manifest, "routes/home", "lazy")).not.toContain("/assets/manifest-1.js");
    const [big] = measure(manifest, size, "lazy");
    expect(big.bytes).toBe(80_000 + 40_000 + 3_000 + 10_000 + 5_000 + 2_000);
  });

  it("reads the discovery mode from the server build, and assumes the costlier one when unsure", () => {
    expect(
      routeDiscoveryMode(
        'const routeDiscovery = { "mode": "lazy", "manifestPath": "/__manifest" };',
      ),
    ).toBe("lazy");
    expect(routeDiscoveryMode('const routeDiscovery = { "mode": "initial" };')).toBe("initial");
    expect(routeDiscoveryMode("export const entry = {};")).toBe("initial");
  });

  it("refuses a file that is not React Router's manifest", () => {
    expect(() => parseManifest("console.log(1)")).toThrow(/not a React Router manifest/);
  });
});
