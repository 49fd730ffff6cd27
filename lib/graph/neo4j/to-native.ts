import neo4j from "neo4j-driver";

/** Neo4j values to plain JSON: Integers to numbers (our counts and facts are far below 2^53). */
export function toNative(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toNative);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNative(v)]));
  }
  return value;
}
