import type { FactValue } from "@/lib/graph/types";

const ACRONYMS = new Set(["ai", "api", "cagr", "gdp", "llm", "url"]);

/** "releaseYear" → "Release year", "marketSize2024" → "Market size 2024", "projectedCagr" → "Projected CAGR". */
export function factLabel(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z0-9])/g, "$1 $2")
    .replace(/([0-9])([A-Za-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((w) => (ACRONYMS.has(w) ? w.toUpperCase() : w));
  const sentence = words.join(" ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export function factText(value: FactValue): string {
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}
