// Reads a view of the graph from a store for export: the same filters as /api/graph, or a list of node ids.
import { MAX_EXPORT_NODES } from "../graph/limits";
import type { GraphRelationship, GraphStore, NodeDetails, NodeFull, NodeRelationship } from "../graph/types";
import type { ExportData, ExportSelection } from "./export-data";

/** Node details read per store call while the document is written. */
export const EXPORT_PAGE = 200;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function detailsOf(store: GraphStore, ids: string[]): Promise<NodeDetails[]> {
  const out: NodeDetails[] = [];
  for (let i = 0; i < ids.length; i += EXPORT_PAGE) out.push(...(await store.nodes(ids.slice(i, i + EXPORT_PAGE))));
  return out;
}

/** A relationship seen from its start node, in the shape /api/graph gives it; unknown extra fields are kept. */
function outgoing(from: string, rel: NodeRelationship): GraphRelationship {
  const { direction: _direction, node, ...rest } = rel;
  return { ...rest, source: from, target: node.id };
}

export async function readExport(store: GraphStore, selection: ExportSelection): Promise<ExportData> {
  const { kinds, types, ids } = selection;
  if (ids) {
    const kept = (await detailsOf(store, ids)).filter((d) => !kinds || kinds.includes(d.node.kind));
    const inView = new Set(kept.map((d) => d.node.id));
    const relationships = kept
      .flatMap((d) => d.relationships.filter((r) => r.direction === "out" && inView.has(r.node.id)).map((r) => outgoing(d.node.id, r)))
      .filter((r) => !types || types.includes(r.type))
      .sort(byId);
    const nodes = kept.map((d) => d.node).sort(byId);
    return {
      relationships,
      nodeCount: nodes.length,
      truncated: false,
      async *nodePages() {
        for (let i = 0; i < nodes.length; i += EXPORT_PAGE) yield nodes.slice(i, i + EXPORT_PAGE);
      },
    };
  }
  const view = await store.graph({ kinds, types, limit: MAX_EXPORT_NODES });
  const nodeIds = view.nodes.map((n) => n.id).sort();
  return {
    relationships: [...view.relationships].sort(byId),
    nodeCount: nodeIds.length,
    truncated: view.truncated,
    async *nodePages(): AsyncIterable<NodeFull[]> {
      for (let i = 0; i < nodeIds.length; i += EXPORT_PAGE) {
        const page = await store.nodes(nodeIds.slice(i, i + EXPORT_PAGE));
        yield page.map((d) => d.node).sort(byId);
      }
    },
  };
}
