"use client";
import type { Core, ElementDefinition } from "cytoscape";
import { useEffect, useRef } from "react";
import type { CompareResult } from "@/lib/graph/insights/insight-types";
import { REL_PHRASES } from "@/lib/graph/phrases";
import type { Kind } from "@/lib/graph/schema";
import { KIND_RULES, REL_RULES } from "@/lib/graph/style";
import { useTheme } from "../theme/theme-provider";

/** The two concepts, the path between them, and their lowest common categories. */
export function miniElements(result: CompareResult): ElementDefinition[] {
  const nodes = new Map<string, { id: string; label: string; kind: Kind; role: string }>();
  const edges = new Map<string, ElementDefinition>();
  const addNode = (n: { id: string; name: string; kind: Kind }, role: string) => {
    if (!nodes.has(n.id) || role !== "path") nodes.set(n.id, { id: n.id, label: n.name, kind: n.kind, role });
  };
  addNode(result.a, "end");
  addNode(result.b, "end");
  const steps = result.relation.path?.relationships ?? result.relation.direct;
  for (const n of result.relation.path?.nodes ?? []) if (!nodes.has(n.id)) addNode(n, "path");
  for (const r of steps) {
    edges.set(r.id, { data: { id: r.id, source: r.source, target: r.target, label: REL_PHRASES[r.type].out, type: r.type } });
  }
  for (const lca of result.commonAncestors) {
    if (lca.id === result.a.id || lca.id === result.b.id) continue;
    if (!nodes.has(lca.id)) addNode(lca, "ancestor");
    for (const end of [result.a.id, result.b.id]) {
      const id = `${end}~isa~${lca.id}`;
      edges.set(id, { data: { id, source: end, target: lca.id, label: "is a kind of", type: "IS_A" }, classes: "inferred" });
    }
  }
  const nodeElements = [...nodes.values()].map((n) => ({
    data: { id: n.id, label: n.label, kind: n.kind },
    classes: n.role,
  }));
  return [...nodeElements, ...edges.values()];
}

export function MiniDiagram({ result }: { result: CompareResult }) {
  const container = useRef<HTMLDivElement>(null);
  const { theme } = useTheme();
  useEffect(() => {
    let cy: Core | undefined;
    let cancelled = false;
    import("cytoscape").then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      const dark = theme === "dark";
      cy = cytoscape({
        container: container.current,
        elements: miniElements(result),
        userZoomingEnabled: false,
        boxSelectionEnabled: false,
        // The explorer's colours and shapes per kind and type, so the two pages read alike.
        style: [
          {
            selector: "node",
            style: {
              label: "data(label)",
              "font-size": 11,
              color: dark ? "#e2e8f0" : "#0f172a",
              "text-valign": "bottom",
              "text-margin-y": 4,
              "text-background-color": dark ? "#0f172a" : "#ffffff",
              "text-background-opacity": 0.85,
              width: 18,
              height: 18,
            },
          },
          ...KIND_RULES,
          { selector: "node.end", style: { width: 28, height: 28, "font-weight": "bold" } },
          {
            selector: "edge",
            style: {
              width: 2,
              "curve-style": "bezier",
              label: "data(label)",
              "font-size": 10,
              color: dark ? "#cbd5e1" : "#334155",
              // Level labels beside the line read better than text laid along a short vertical edge.
              "text-rotation": "none",
              "text-background-color": dark ? "#0f172a" : "#ffffff",
              "text-background-opacity": 0.9,
              "text-background-padding": "2px",
            },
          },
          ...REL_RULES,
          { selector: "edge.inferred", style: { "line-style": "dashed" } },
        ],
        layout: { name: "breadthfirst", directed: true, padding: 16, spacingFactor: 1.6 },
      });
    });
    return () => {
      cancelled = true;
      cy?.destroy();
    };
  }, [result, theme]);
  return (
    <div
      ref={container}
      role="img"
      aria-label={`Diagram: ${result.a.name} and ${result.b.name}, the path between them and their common categories`}
      className="h-64 w-full rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    />
  );
}
