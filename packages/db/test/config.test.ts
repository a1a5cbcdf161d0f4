import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseConfigError, resolveDatabaseTarget } from "../src/index.js";
import { defaultDataDir } from "../src/paths.js";

describe("resolveDatabaseTarget", () => {
  it("uses embedded PGlite under .data/pglite when DATABASE_URL is unset", () => {
    expect(resolveDatabaseTarget({})).toEqual({ kind: "pglite", dataDir: defaultDataDir });
    expect(defaultDataDir.endsWith(path.join(".data", "pglite"))).toBe(true);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(resolveDatabaseTarget({ DATABASE_URL: "  " }).kind).toBe("pglite");
  });

  it("lets CETR_DATA_DIR move the embedded database", () => {
    expect(resolveDatabaseTarget({ CETR_DATA_DIR: "/tmp/elsewhere" })).toEqual({
      kind: "pglite",
      dataDir: "/tmp/elsewhere",
    });
  });

  it.each([
    ["postgresql://u:secret@db.example:6543/cetr", "db.example:6543/cetr"],
    ["postgres://localhost/cetr", "localhost:5432/cetr"],
  ])("uses PostgreSQL for %s and never shows the password", (url, label) => {
    expect(resolveDatabaseTarget({ DATABASE_URL: url })).toEqual({ kind: "postgres", url, label });
  });

  it.each([
    ["not a url", /not a valid URL/],
    [
      "mysql://localhost/cetr",
      /must start with postgresql:\/\/ or postgres:\/\/ \(it starts with mysql:\/\/\)/,
    ],
    ["postgresql://localhost", /names no database/],
    ["postgresql://localhost/", /names no database/],
  ])("rejects %s with a one-line message that says what to fix", (url, message) => {
    let caught: unknown;
    try {
      resolveDatabaseTarget({ DATABASE_URL: url });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseConfigError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain("\n");
  });
});
