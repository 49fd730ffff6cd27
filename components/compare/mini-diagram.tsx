"use client";

// Loaded only in the browser (next/dynamic in compare-view.tsx): Cytoscape touches `window` as soon as it is imported.
import { useEffect, useMemo } from "react";
import type { CompareResult } from "@/lib/graph/insights/insight-types";
import { miniStyle } from "@/lib/graph/style";
import { toElements, type GraphElements } from "@/lib/graph/to-elements";
import type { NodeRef } from "@/lib/graph/types";
import { useCytoscape } from "../graph/use-cytoscape";

const OPTIONS = { userZoomingEnabled: false, boxSelectionEnabled: false } as const;
const LAYOUT = { name: "breadthfirst", directed: true, padding: 16, spacingFactor: 1.6 } as const;

/** The two concepts, the path between them, and their lowest common categories, with a class per role. */
export function miniGraph(result: CompareResult): { graph: GraphElements; classes: Map<string, string> } {
  const nodes = new Map<string, NodeRef>();
  const classes = new Map<string, string>();
  const relationships: GraphElements["relationships"][number][] = [];
  const addNode = (n: NodeRef, role: string) => {
    if (nodes.has(n.id) && role === "path") return;
    nodes.set(n.id, { id: n.id, name: n.name, kind: n.kind });
    classes.set(n.id, role);
  };
  addNode(result.a, "end");
  addNode(result.b, "end");
  for (const n of result.relation.path?.nodes ?? []) addNode(n, "path");
  for (const r of result.relation.path?.relationships ?? result.relation.direct) relationships.push(r);
  for (const lca of result.commonAncestors) {
    if (lca.id === result.a.id || lca.id === result.b.id) continue;
    if (!nodes.has(lca.id)) addNode(lca, "ancestor");
    for (const end of [result.a.id, result.b.id]) {
      const id = `${end}~isa~${lca.id}`;
      relationships.push({ id, source: end, target: lca.id, type: "IS_A" });
      classes.set(id, "inferred");
    }
  }
  return { graph: { nodes: [...nodes.values()], relationships }, classes };
}

export function MiniDiagram({ result }: { result: CompareResult }) {
  const { ref, handle } = useCytoscape({ style: miniStyle, options: OPTIONS });
  const elements = useMemo(() => {
    const { graph, classes } = miniGraph(result);
    return toElements(graph, classes);
  }, [result]);

  // A new comparison replaces the elements of the same core; the theme only restyles it (use-cytoscape.ts).
  useEffect(() => {
    if (!handle) return;
    const { cy } = handle;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    cy.layout(LAYOUT).run();
  }, [handle, elements]);

  return (
    <div
      ref={ref}
      role="img"
      aria-label={`Diagram: ${result.a.name} and ${result.b.name}, the path between them and their common categories`}
      className="h-64 w-full rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    />
  );
}
