// npm run seed:synthetic -- --nodes N [--out DIR] [--seed S]
// Writes a valid seed folder (same YAML format as graph-seed/) with N synthetic nodes, for benchmarks:
// a realistic kind mix, hubs (Zipf-distributed targets: a few categories, tasks, organisations and
// models collect thousands of edges), an acyclic IS_A taxonomy, every node connected. Deterministic per seed.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { KINDS, TARGET_KINDS, relationshipId, type Kind, type RelType } from "../lib/graph/schema";
import type { Seed, SeedNode, SeedRelationship } from "../lib/graph/seed/seed-types";

export interface SyntheticOptions {
  nodes: number;
  seed?: number;
}

/** Share of each kind; Modality is a fixed list and Model takes whatever is left. */
const SHARE: Partial<Record<Kind, number>> = {
  Category: 0.05,
  Architecture: 0.02,
  Product: 0.26,
  Organization: 0.07,
  Task: 0.07,
  Industry: 0.02,
  Technique: 0.05,
  Limitation: 0.03,
};

const MODALITIES = ["Text", "Image", "Audio", "Video", "Code", "3D", "Document", "Tabular data"];
const SOURCES = ["alpha", "beta", "gamma", "delta"].map((s) => ({
  id: `synthetic-${s}`,
  title: `Synthetic source ${s}`,
  file: `synthetic-${s}.txt`,
}));

const W = {
  pre: "Ae Bel Cor Dra El Fen Gal Hel Ion Jas Kor Lum Mer Nov Or Pax Qua Ryn Sol Tal Umb Vex Wyn Xen Yar Zep".split(" "),
  post: "a ix on ara us iel or yx ent ica ion um".split(" "),
  version: "1 2 3 3.5 4 4o 5 7B 13B 70B XL Nano 2.1 1.5 0.9 8x7B 405B R1 V2 Next".split(" "),
  tier: ["", "", "", "Mini", "Pro", "Ultra", "Turbo", "Instruct", "Chat", "Vision", "Code"],
  product: "Chat Studio Assist Copilot Write Vision Voice Cloud Desk Canvas Scribe Lens".split(" "),
  org: "Labs AI Research Systems Technologies Intelligence Dynamics".split(" "),
  category: [
    "Generative AI", "Large Language Model", "Multimodal Model", "Image Generator", "Code Model", "Speech Model",
    "Video Generator", "Embedding Model", "Reasoning Model", "Small Language Model", "Music Generator", "Agent Framework",
  ],
  architecture: "Transformer Diffusion GAN VAE RNN CNN Mixture-of-Experts State-Space Flow NeRF".split(" "),
  archVariant: ["", "Sparse", "Linear", "Latent", "Conditional", "Hierarchical", "Recurrent", "Cascaded"],
  taskVerb: "Summarisation Translation Classification Generation Extraction Search Tagging Forecasting Review Transcription Captioning Moderation".split(" "),
  taskObject: "Contract Email Image Invoice Code Medical-record Product Video Audio Chat Legal News Patent Resume Ticket Map".split(" "),
  industry: "Healthcare Education Marketing Finance Retail Gaming Legal Manufacturing Logistics Energy Media Agriculture Insurance Telecom".split(" "),
  industryAdj: ["", "Public", "Industrial", "Digital", "Rural", "Private", "Global", "Regional"],
  technique: ["Fine-tuning", "RLHF", "LoRA", "Distillation", "Quantization", "Pruning", "Retrieval augmentation", "Chain of thought", "Prompt engineering", "Attention", "Tool use", "Self-supervision"],
  limitation: ["Hallucination", "Bias", "Latency", "Compute cost", "Drift", "Privacy leakage", "Toxicity", "Overfitting", "Context limit", "Copyright risk"],
  qualifier: ["", "Long-context", "Multilingual", "Domain", "Numeric", "Visual", "Temporal", "Safety"],
};

/** mulberry32: small, fast and deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, chance: (p: number) => next() < p, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

/** Samples index i of a pool with weight 1/(i+1): the first members become hubs. `below` restricts to a prefix. */
function zipf(size: number, random: () => number) {
  const cdf = new Float64Array(size);
  for (let i = 0, total = 0; i < size; i++) cdf[i] = total += 1 / (i + 1);
  return (below = size): number => {
    const u = random() * cdf[below - 1];
    let lo = 0;
    let hi = below - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const slugify = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

function kindCounts(n: number): Record<Kind, number> {
  const counts = {} as Record<Kind, number>;
  for (const kind of KINDS) counts[kind] = Math.max(1, Math.round((SHARE[kind] ?? 0) * n));
  counts.Modality = Math.min(MODALITIES.length, Math.max(1, Math.round(n / 20)));
  counts.Model = n - KINDS.filter((k) => k !== "Model").reduce((sum, k) => sum + counts[k], 0);
  return counts;
}

export function generateSyntheticSeed({ nodes: total, seed = 1 }: SyntheticOptions): Seed {
  if (!Number.isInteger(total) || total < 40) throw new Error(`--nodes must be a whole number ≥ 40, got ${total}`);
  const r = rng(seed);
  const counts = kindCounts(total);
  const nodes: SeedNode[] = [];
  const byKind = Object.fromEntries(KINDS.map((k) => [k, [] as string[]])) as Record<Kind, string[]>;
  const names = new Set<string>();
  const slugs = new Set<string>();

  const nameFor = (kind: Kind, i: number): string => {
    const stem = () => r.pick(W.pre) + r.pick(W.post);
    const words = (...parts: string[]) => parts.filter(Boolean).join(" ");
    switch (kind) {
      case "Category": return i < W.category.length ? W.category[i] : `${stem()} family`;
      case "Architecture": return words(r.pick(W.archVariant), r.pick(W.architecture));
      case "Model": return words(stem(), r.pick(W.version), r.pick(W.tier));
      case "Product": return words(stem(), r.pick(W.product));
      case "Organization": return words(stem(), r.pick(W.org));
      case "Modality": return MODALITIES[i];
      case "Task": return words(r.pick(W.taskObject).replace("-", " "), r.pick(W.taskVerb).toLowerCase());
      case "Industry": return words(r.pick(W.industryAdj), r.pick(W.industry));
      case "Technique": return words(r.pick(W.qualifier), r.pick(W.technique));
      case "Limitation": return words(r.pick(W.qualifier), r.pick(W.limitation));
    }
  };

  for (const kind of KINDS) {
    for (let i = 0; i < counts[kind]; i++) {
      let name = nameFor(kind, i);
      for (let n = 2; names.has(name) || slugs.has(slugify(name)); n++) name = `${nameFor(kind, i)} ${n}`;
      const id = slugify(name);
      names.add(name);
      slugs.add(id);
      const aliases: string[] = [];
      const compact = name.replace(/[\s-]+/g, "");
      if (compact !== name && r.chance(0.35)) aliases.push(compact);
      const initials = name.split(/\s+/).map((w) => w[0]).join("").toUpperCase();
      if (initials.length >= 2 && r.chance(0.15)) aliases.push(initials);
      const facts: SeedNode["facts"] = {};
      if (kind === "Model" && r.chance(0.6)) facts.releaseYear = 2015 + Math.floor(r.next() * 11);
      if (kind === "Model" && r.chance(0.3)) {
        facts.openSource = r.chance(0.5);
        // A comparable fact cites its source; a fixed one keeps the random sequence, and so the graph, as it was.
        facts.openSourceSources = [SOURCES[0].id];
      }
      nodes.push({ id, name, kind, aliases, summary: `Synthetic ${kind.toLowerCase()} number ${i + 1}, generated for benchmarks.`, facts });
      byKind[kind].push(id);
    }
  }

  const relationships: SeedRelationship[] = [];
  const seen = new Set<string>();
  const degree = new Map<string, number>();
  const link = (from: string, type: RelType, to: string) => {
    const key = relationshipId(from, type, to);
    if (from === to || seen.has(key)) return;
    seen.add(key);
    degree.set(from, (degree.get(from) ?? 0) + 1);
    degree.set(to, (degree.get(to) ?? 0) + 1);
    const source = r.pick(SOURCES).id;
    relationships.push({ from, type, to, sources: [r.chance(0.1) ? { id: source, section: `Section ${1 + Math.floor(r.next() * 9)}` } : { id: source }] });
  };
  const hub = Object.fromEntries(KINDS.map((k) => [k, zipf(byKind[k].length, r.next)])) as Record<Kind, (below?: number) => number>;
  const pick = (kind: Kind, below?: number) => byKind[kind][hub[kind](below)];
  const maybe = (p: number, from: string, type: RelType, kind: Kind) => r.chance(p) && link(from, type, pick(kind));

  // Categories form a DAG: each points only at earlier categories, so IS_A can never cycle.
  byKind.Category.forEach((id, i) => {
    if (i > 0) link(id, "IS_A", pick("Category", i));
    if (i > 2 && r.chance(0.15)) link(id, "IS_A", pick("Category", i));
    maybe(0.2, id, "HAS_LIMITATION", "Limitation");
    maybe(0.2, id, "SUITED_FOR", "Task");
    maybe(0.1, id, "USES_ARCHITECTURE", "Architecture");
  });
  byKind.Architecture.forEach((id, i) => {
    if (i > 0 && r.chance(0.4)) link(id, "IS_A", pick("Architecture", i));
    else link(id, "IS_A", pick("Category"));
    maybe(0.3, id, "SUITED_FOR", "Task");
  });
  byKind.Technique.forEach((id) => {
    maybe(0.4, id, "IS_A", "Category");
    maybe(0.2, id, "DEVELOPED_BY", "Organization");
  });
  byKind.Task.forEach((id) => {
    link(id, "APPLIED_IN", pick("Industry"));
    maybe(0.2, id, "APPLIED_IN", "Industry");
  });
  byKind.Model.forEach((id, i) => {
    link(id, "IS_A", pick("Category"));
    maybe(0.1, id, "IS_A", "Category");
    maybe(0.9, id, "DEVELOPED_BY", "Organization");
    maybe(0.5, id, "USES_ARCHITECTURE", "Architecture");
    maybe(0.4, id, "SUITED_FOR", "Task");
    maybe(0.1, id, "SUITED_FOR", "Task");
    maybe(0.4, id, "GENERATES", "Modality");
    maybe(0.2, id, "ACCEPTS", "Modality");
    maybe(0.12, id, "HAS_LIMITATION", "Limitation");
    maybe(0.2, id, "USES_TECHNIQUE", "Technique");
    if (i > 0 && r.chance(0.1)) link(id, "BUILT_ON", pick("Model", i));
  });
  byKind.Product.forEach((id) => {
    link(id, "IS_A", pick("Category"));
    maybe(0.9, id, "BUILT_ON", "Model");
    maybe(0.6, id, "DEVELOPED_BY", "Organization");
    maybe(0.3, id, "SUITED_FOR", "Task");
    maybe(0.2, id, "APPLIED_IN", "Industry");
    maybe(0.05, id, "GENERATES", "Modality");
  });

  // Whatever no edge reached yet gets one from a random model, with a type allowed to point at it.
  const typeInto = (kind: Kind) => (Object.keys(TARGET_KINDS) as RelType[]).find((t) => t !== "BUILT_ON" && TARGET_KINDS[t]?.includes(kind)) ?? "BUILT_ON";
  for (const node of nodes) {
    for (let tries = 0; !degree.has(node.id) && tries < 10; tries++) link(r.pick(byKind.Model), typeInto(node.kind), node.id);
  }
  return { sources: SOURCES, nodes, relationships };
}

// ---------------------------------------------------------------- YAML output (plain string building)

const q = (s: string) => JSON.stringify(s); // a JSON string is a valid double-quoted YAML scalar
const flowList = (xs: string[]) => `[${xs.map(q).join(", ")}]`;
const factsText = (facts: SeedNode["facts"]) =>
  `{ ${Object.entries(facts).map(([k, v]) => `${k}: ${Array.isArray(v) ? flowList(v) : typeof v === "string" ? q(v) : String(v)}`).join(", ")} }`;

export function seedToYaml(seed: Seed): Record<string, string> {
  const header = "# Generated by scripts/seed-synthetic.ts for benchmarks; not curated content.\n";
  const sources = seed.sources.map((s) => `  - { id: ${q(s.id)}, title: ${q(s.title)}, file: ${q(s.file)} }`);
  const nodes = seed.nodes.map(
    (n) =>
      `  - { id: ${q(n.id)}, name: ${q(n.name)}, kind: ${n.kind}, aliases: ${flowList(n.aliases)}, summary: ${q(n.summary)}` +
      (Object.keys(n.facts).length > 0 ? `, facts: ${factsText(n.facts)} }` : " }"),
  );
  const rels = seed.relationships.map((rel) => {
    const refs = rel.sources.map((s) => (s.section ? `{ id: ${q(s.id)}, section: ${q(s.section)} }` : q(s.id)));
    return `  - { from: ${q(rel.from)}, type: ${rel.type}, to: ${q(rel.to)}, sources: [${refs.join(", ")}]${rel.note ? `, note: ${q(rel.note)}` : ""} }`;
  });
  return {
    "sources.yaml": `${header}sources:\n${sources.join("\n")}\n`,
    "nodes.yaml": `${header}nodes:\n${nodes.join("\n")}\n`,
    "relationships.yaml": `${header}relationships:\n${rels.join("\n")}\n`,
  };
}

/** Writes the seed folder, replacing any *.yaml already there. */
export function writeSyntheticSeed(dir: string, options: SyntheticOptions): Seed {
  const seed = generateSyntheticSeed(options);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/\.ya?ml$/.test(f)) rmSync(path.join(dir, f));
  for (const [file, text] of Object.entries(seedToYaml(seed))) writeFileSync(path.join(dir, file), text);
  return seed;
}

export const defaultSyntheticDir = (nodes: number) => path.resolve("bench/tmp", `synthetic-${nodes}`);

function main(argv: string[]) {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const nodes = Number(arg("nodes"));
  const seed = Number(arg("seed") ?? 1);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number`);
  const dir = path.resolve(arg("out") ?? defaultSyntheticDir(nodes));
  const started = performance.now();
  const result = writeSyntheticSeed(dir, { nodes, seed });
  const ms = Math.round(performance.now() - started);
  console.log(`✓ ${path.relative(process.cwd(), dir)}: ${result.nodes.length} nodes, ${result.relationships.length} relationships (seed ${seed}) in ${ms} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
