import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("environment", () => {
  it("treats empty and blank variables as unset, so their defaults apply", () => {
    const e = parseEnv({ NEO4J_URI: "", NEO4J_DATABASE: "  ", PATH_RATE_LIMIT_PER_MIN: "", GRAPH_BACKEND: "", EXPOSE_CY: "" });
    expect(e.NEO4J_URI).toBeUndefined();
    expect(e.backend).toBe("memory");
    expect(e.NEO4J_DATABASE).toBe("neo4j");
    expect(e.PATH_RATE_LIMIT_PER_MIN).toBe(120);
    expect(e.EXPOSE_CY).toBe(false);
  });

  it("still rejects a value that is set and wrong", () => {
    expect(() => parseEnv({ NEO4J_URI: "http://db:7474" })).toThrow(/NEO4J_URI: must be a bolt:\/\//);
    expect(() => parseEnv({ TRUST_PROXY: "-1" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ EXPOSE_CY: "yes" })).toThrow(/EXPOSE_CY/);
  });

  it("keeps window.cy and forwarded addresses off unless asked for", () => {
    expect(parseEnv({})).toMatchObject({ EXPOSE_CY: false, TRUST_PROXY: 0 });
    expect(parseEnv({ EXPOSE_CY: "true", TRUST_PROXY: "2" })).toMatchObject({ EXPOSE_CY: true, TRUST_PROXY: 2 });
  });

  it("chooses Neo4j when NEO4J_URI is set", () => {
    expect(parseEnv({ NEO4J_URI: "bolt://127.0.0.1:7687" }).backend).toBe("neo4j");
  });
});
