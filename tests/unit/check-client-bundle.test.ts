import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const script = path.join(__dirname, "../../scripts/check-client-bundle.mjs");

function chunks(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chunks-"));
  mkdirSync(path.join(dir, "chunks"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "chunks", name), text);
  return dir;
}

describe("client bundle check", () => {
  it("passes clean chunks", async () => {
    const { stdout } = await run("node", [script, chunks({ "a.js": "console.log('cytoscape')" })]);
    expect(stdout).toContain("1 client chunks");
  });

  it("fails on the driver or its credentials", async () => {
    const dir = chunks({ "a.js": "ok", "b.js": 'require("neo4j-driver")', "c.js": "process.env.NEO4J_PASSWORD" });
    const error = await run("node", [script, dir]).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 1 });
    expect((error as { stderr: string }).stderr).toMatch(/b\.js: contains "neo4j-driver"/);
    expect((error as { stderr: string }).stderr).toMatch(/c\.js: contains "NEO4J_PASSWORD"/);
  });

  it("fails when there is nothing to check", async () => {
    const error = await run("node", [script, chunks({})]).catch((e: { code: number }) => e);
    expect(error).toMatchObject({ code: 1 });
  });
});
