import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { fileSchema, nodeSchema, relationshipSchema, sourceSchema } from "./entry-schemas";
import type { Seed, SeedProblem } from "./seed-types";

/** Where each entry came from, so that later checks can name the file and the entry. */
export interface Located<T> {
  value: T;
  file: string;
  entry: string;
}

export interface RawSeed {
  sources: Located<Seed["sources"][number]>[];
  nodes: Located<Seed["nodes"][number]>[];
  relationships: Located<Seed["relationships"][number]>[];
  problems: SeedProblem[];
}

function describe(section: string, index: number, raw: unknown): string {
  if (raw && typeof raw === "object") {
    const r = raw as Record<string, unknown>;
    if (section === "relationships") return `relationship ${String(r.from)} -${String(r.type)}-> ${String(r.to)}`;
    if (typeof r.id === "string") return `${section === "nodes" ? "node" : "source"} "${r.id}"`;
  }
  return `${section}[${index}]`;
}

function issueText(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

export function readSeedDir(dir: string): RawSeed {
  const out: RawSeed = { sources: [], nodes: [], relationships: [], problems: [] };
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".yaml") || f.endsWith(".yml")).sort();
  } catch (error) {
    out.problems.push({ file: dir, entry: "folder", message: `cannot read: ${(error as Error).message}` });
    return out;
  }
  if (files.length === 0) out.problems.push({ file: dir, entry: "folder", message: "no *.yaml files" });

  const sections = [
    ["sources", sourceSchema, out.sources],
    ["nodes", nodeSchema, out.nodes],
    ["relationships", relationshipSchema, out.relationships],
  ] as const;

  for (const file of files) {
    const doc = parseDocument(readFileSync(path.join(dir, file), "utf8"), { uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        out.problems.push({ file, entry: `line ${e.linePos?.[0].line ?? "?"}`, message: `malformed YAML: ${e.message.split("\n")[0].replace(/:$/, "")}` });
      }
      continue;
    }
    const parsed = fileSchema.safeParse(doc.toJS() ?? {});
    if (!parsed.success) {
      out.problems.push({ file, entry: "top level", message: `expected only sources:, nodes:, relationships: lists (${issueText(parsed.error)})` });
      continue;
    }
    for (const [section, schema, target] of sections) {
      (parsed.data[section] ?? []).forEach((raw, index) => {
        const entry = describe(section, index, raw);
        const result = schema.safeParse(raw);
        if (result.success) (target as Located<unknown>[]).push({ value: result.data, file, entry });
        else out.problems.push({ file, entry, message: issueText(result.error) });
      });
    }
  }
  return out;
}
