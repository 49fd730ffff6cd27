import { z } from "zod";
import { MAX_HOPS } from "@/lib/graph/limits";
import { KINDS, REL_TYPES, SCOPES } from "@/lib/graph/schema";
import type { GraphRelationship, NodeRef } from "@/lib/graph/types";
import type { PackedPositions } from "@/lib/layout/types";
import { sortedUnique, type ViewState } from "./view-state";

/** Names the file's shape; a later shape gets a new number and its own reader. */
export const VIEW_FILE_FORMAT = "ai-concepts-view/1";

const id = z.string().min(1).max(300);
const kind = z.enum(KINDS);
const type = z.enum(REL_TYPES);

const nodeSchema = z.object({ id, name: z.string(), kind });
const relationshipSchema = z.object({
  id,
  type,
  source: id,
  target: id,
  sources: z.array(z.object({ id: z.string(), title: z.string(), section: z.string().optional() })),
  scope: z.enum(SCOPES).optional(),
  note: z.string().optional(),
});

const viewSchema = z.object({
  // Files saved before the start map existed show the whole graph.
  map: z.enum(["start", "all"]).default("all"),
  layout: z.enum(["force", "hierarchy"]),
  hideKinds: z.array(kind),
  hideTypes: z.array(type),
  focus: z.array(id),
  selection: z.object({ kind: z.enum(["node", "edge"]), id }).nullable(),
  path: z
    .object({
      from: id,
      to: id,
      types: z.array(type),
      directed: z.boolean(),
      maxHops: z.number().int().min(1).max(MAX_HOPS),
      mode: z.enum(["shortest", "all"]),
    })
    .nullable(),
});

export const viewFileSchema = z.object({
  format: z.literal(VIEW_FILE_FORMAT),
  /** The graph version the file was made from (the server layout's), null when the page had none. */
  graphVersion: z.string().nullable(),
  nodes: z.array(nodeSchema),
  relationships: z.array(relationshipSchema),
  /** Where the shown nodes were, in the file's layout, in whole pixels. */
  positions: z.record(id, z.tuple([z.number(), z.number()])),
  view: viewSchema,
});

export type ViewFile = z.infer<typeof viewFileSchema>;

export type ParsedViewFile = { ok: true; file: ViewFile } | { ok: false; message: string };

/** Reads a file's text; the message says what is wrong in words a reader can act on, and where. */
export function parseViewFile(text: string): ParsedViewFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "This file is not JSON. Choose a file saved with Export JSON." };
  }
  const parsed = viewFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  return { ok: false, message: `This file is not a saved view of this explorer (${issue.message}${where}). Nothing was changed.` };
}

export interface ImportPlan {
  view: ViewState;
  nodes: NodeRef[];
  relationships: GraphRelationship[];
  positions: PackedPositions;
  /** What the file names that the current graph does not hold; left out of everything above. */
  missingNodes: string[];
  missingRelationships: string[];
}

/**
 * What of a file can be applied to the graph on the page: everything whose nodes and relationships still exist. A view
 * that points at something gone drops that pointer (a selection, a path end, a focus), never the whole view.
 */
export function planImport(file: ViewFile, exists: { node: (id: string) => boolean; relationship: (id: string) => boolean }): ImportPlan {
  const nodes = file.nodes.filter((n) => exists.node(n.id));
  const relationships = file.relationships.filter((r) => exists.relationship(r.id));
  const missingNodes = sortedUnique(file.nodes.filter((n) => !exists.node(n.id)).map((n) => n.id));
  const missingRelationships = sortedUnique(file.relationships.filter((r) => !exists.relationship(r.id)).map((r) => r.id));
  const { view } = file;
  const selected = view.selection && (view.selection.kind === "node" ? exists.node : exists.relationship)(view.selection.id);
  const positions = Object.fromEntries(Object.entries(file.positions).filter(([nodeId]) => exists.node(nodeId)));
  return {
    view: {
      map: view.map,
      layout: view.layout,
      hideKinds: sortedUnique(view.hideKinds),
      hideTypes: sortedUnique(view.hideTypes),
      focus: sortedUnique(view.focus.filter(exists.node)),
      selection: selected ? view.selection : null,
      path: view.path && exists.node(view.path.from) && exists.node(view.path.to) ? { ...view.path, types: sortedUnique(view.path.types) } : null,
    },
    nodes,
    relationships,
    positions,
    missingNodes,
    missingRelationships,
  };
}

/** One sentence naming what no longer exists, or null when everything was applied. */
export function missingMessage(plan: Pick<ImportPlan, "missingNodes" | "missingRelationships">): string | null {
  const parts: string[] = [];
  const list = (ids: string[]) => (ids.length > 8 ? `${ids.slice(0, 8).join(", ")} and ${ids.length - 8} more` : ids.join(", "));
  if (plan.missingNodes.length > 0) parts.push(`${plan.missingNodes.length} concept(s) no longer exist: ${list(plan.missingNodes)}`);
  if (plan.missingRelationships.length > 0) {
    parts.push(`${plan.missingRelationships.length} relationship(s) no longer exist: ${list(plan.missingRelationships)}`);
  }
  return parts.length > 0 ? `This view was saved from another version of the graph. ${parts.join("; ")}. The rest was applied.` : null;
}
