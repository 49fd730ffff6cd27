"use client";
import type { Core, ElementDefinition } from "cytoscape";
import { useEffect, useRef } from "react";
import type { CompareResult } from "@/lib/graph/insights/insight-types";
import { REL_PHRASES } from "@/lib/graph/phrases";

/** The two concepts, the path between them, and their lowest common categories. */
export function miniElements(result: CompareResult): ElementDefinition[] {
  const nodes = new Map<string, { id: string; label: string; role: string }>();
  const edges = new Map<string, ElementDefinition>();
  const addNode = (id: string, label: string, role: string) => {
    if (!nodes.has(id) || role !== "path") nodes.set(id, { id, label, role });
  };
  addNode(result.a.id, result.a.name, "end");
  addNode(result.b.id, result.b.name, "end");
  const steps = result.relation.path?.relationships ?? result.relation.direct;
  for (const n of result.relation.path?.nodes ?? []) if (!nodes.has(n.id)) addNode(n.id, n.name, "path");
  for (const r of steps) edges.set(r.id, { data: { id: r.id, source: r.source, target: r.target, label: REL_PHRASES[r.type].out } });
  for (const lca of result.commonAncestors) {
    if (lca.id === result.a.id || lca.id === result.b.id) continue;
    if (!nodes.has(lca.id)) addNode(lca.id, lca.name, "ancestor");
    for (const end of [result.a.id, result.b.id]) {
      const id = `${end}~isa~${lca.id}`;
      edges.set(id, { data: { id, source: end, target: lca.id, label: "is a (via IS_A)" }, classes: "inferred" });
    }
  }
  return [...[...nodes.values()].map((n) => ({ data: { id: n.id, label: n.label }, classes: n.role })), ...edges.values()];
}

export function MiniDiagram({ result }: { result: CompareResult }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cy: Core | undefined;
    let cancelled = false;
    import("cytoscape").then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      const dark = document.documentElement.classList.contains("dark");
      cy = cytoscape({
        container: container.current,
        elements: miniElements(result),
        userZoomingEnabled: false,
        boxSelectionEnabled: false,
        style: [
          { selector: "node", style: { label: "data(label)", "font-size": 11, color: dark ? "#e2e8f0" : "#0f172a", "text-valign": "bottom", "text-margin-y": 4, "background-color": "#64748b", width: 18, height: 18 } },
          { selector: "node.end", style: { "background-color": "#0284c7", width: 26, height: 26, "font-weight": "bold" } },
          { selector: "node.ancestor", style: { "background-color": "#7c3aed", shape: "round-rectangle" } },
          { selector: "edge", style: { width: 2, "curve-style": "bezier", "target-arrow-shape": "triangle", label: "data(label)", "font-size": 9, color: dark ? "#94a3b8" : "#475569", "line-color": "#94a3b8", "target-arrow-color": "#94a3b8", "text-rotation": "autorotate" } },
          { selector: "edge.inferred", style: { "line-style": "dashed", "line-color": "#a78bfa", "target-arrow-color": "#a78bfa" } },
        ],
        layout: { name: "breadthfirst", directed: true, padding: 16, spacingFactor: 1.1 },
      });
    });
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [result]);
  return (
    <div
      ref={container}
      role="img"
      aria-label={`Diagram: ${result.a.name} and ${result.b.name}, the path between them and their common categories`}
      className="h-64 w-full rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    />
  );
}
