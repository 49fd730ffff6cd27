"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Kind, RelType } from "@/lib/graph/schema";
import { PALETTE } from "@/lib/graph/style";
import type { NodeRef } from "@/lib/graph/types";
import { viewScope } from "@/lib/ui/export-links";
import type { DiagramHandle } from "@/lib/ui/diagram-handle";
import type { LegendCounts } from "@/lib/ui/legend-counts";
import { detailsAsGraph, pathsAsGraph } from "@/lib/ui/graph-merge";
import { startMapIn } from "@/lib/graph/start-map";
import { closestNames } from "@/lib/ui/closest-names";
import { queries } from "@/lib/ui/queries";
import { DEFAULT_PATH_OPTIONS, sortedUnique, toggleIn, type LayoutMode, type PathRequest, type Selection, type ViewState } from "@/lib/ui/view-state";
import { AnswerCard } from "../ask/answer-card";
import { useAsk } from "../ask/use-ask";
import { DetailsPanel } from "../details/details-panel";
import type { CentreRequest } from "../graph/use-canvas-sync";
import { GraphStage } from "../graph/graph-stage";
import { useSavedPositions } from "../graph/use-saved-positions";
import { Toolbar } from "../header/toolbar";
import { Legend } from "../legend/legend";
import { PathFinder } from "../paths/path-finder";
import { PathResults } from "../paths/path-results";
import { SearchBox } from "../search/search-box";
import { HeaderActions } from "../shell/header-slot";
import { ImportBanner, TruncatedBanner } from "../status/banners";
import { useGraphData } from "./use-graph-data";
import { useNodeDetails } from "./use-node-details";
import { usePathResults } from "./use-path-results";
import { useTheme } from "../theme/theme-provider";
import { useViewHistory } from "./use-view-history";
import { useViewImport } from "./use-view-import";
import { SkipLinks } from "./skip-links";
import { StartMapBar } from "./start-map-bar";
import { PanelSheet, SHEET_PANELS } from "./panel-sheet";

/** Export is rarely used: its code is loaded on the first click, not with the page. */
const loadExport = () => import("@/lib/ui/export-view");

/** A concept outside the start map, once asked for, is shown on the whole graph rather than alone beside the map. */
function leaveStartMapFor(view: ViewState, startMap: string[] | null, ids: string[]): ViewState {
  return view.map === "start" && startMap && ids.some((id) => !startMap.includes(id)) ? { ...view, map: "all" } : view;
}

/** The explorer page: owns the view (URL + undo), the data, and wires the panels to the diagram. */
interface ExplorerProps {
  exposeCy: boolean;
  /** The start map drawn on the server (components/graph/first-frame.tsx), shown until the canvas takes over. */
  firstFrame?: ReactNode;
  /** The legend's counts, from the server, until the graph has loaded. */
  firstCounts?: LegendCounts | null;
  /** The `?node=` concept's details for readers without JavaScript. */
  noScriptDetails?: ReactNode;
}

export function Explorer({ exposeCy, firstFrame = null, firstCounts = null, noScriptDetails = null }: ExplorerProps) {
  const { view, ready, apply, undo, redo, canUndo, canRedo } = useViewHistory();
  const client = useQueryClient();
  const data = useGraphData();
  const { graph, merge } = data;
  const { theme } = useTheme();
  const [diagram, setDiagram] = useState<DiagramHandle | null>(null);
  const positions = useSavedPositions(graph?.layout?.version ?? null);
  const imports = useViewImport({ graph, apply, merge, replacePositions: positions.replace });
  const [centre, setCentre] = useState<CentreRequest | null>(null);
  const shownIds = useRef<Set<string>>(new Set());

  const index = useMemo(
    () => ({
      nodes: new Map(graph?.nodes.map((n) => [n.id, n])),
      relationships: new Map(graph?.relationships.map((r) => [r.id, r])),
    }),
    [graph],
  );
  const nodeOf = useCallback((id: string) => index.nodes.get(id), [index]);
  const nameOf = useCallback((id: string) => index.nodes.get(id)?.name, [index]);
  const relationshipOf = useCallback((id: string) => index.relationships.get(id), [index]);
  const startMap = useMemo(() => (graph ? startMapIn((id) => index.nodes.has(id)) : null), [graph, index]);
  const onStartMap = view.map === "start" && startMap !== null;
  const closest = useCallback(
    (text: string) => closestNames(text, graph?.nodes ?? []).map((n) => ({ ...n, matched: n.name })),
    [graph],
  );

  // A deep link (`?node=`) lands on its node: centred, zoomed in, and named in the search box.
  const [openedOn, setOpenedOn] = useState<{ id: string | null } | null>(null);
  if (ready && openedOn === null) {
    const id = view.selection?.kind === "node" ? view.selection.id : null;
    setOpenedOn({ id });
    if (id) setCentre({ id, seq: 1 });
  }
  const opened = openedOn?.id ? (nodeOf(openedOn.id) ?? null) : null;

  const details = useNodeDetails(view.selection?.kind === "node" ? view.selection.id : null);
  const { paths, active, setActive, highlight: pathHighlight } = usePathResults(view.path);
  const asked = useAsk();
  // A path query run after the question (or from its card) takes over the diagram; until then the evidence is shown.
  const highlight = view.path ? pathHighlight : (asked.highlight ?? pathHighlight);

  // On an overview of a big graph, a searched node or a path can lie outside it: bring them in.
  useEffect(() => {
    if (details.status === "ready" && graph?.truncated && !index.nodes.has(details.data.node.id)) {
      const { nodes, relationships } = detailsAsGraph(details.data);
      merge(nodes, relationships);
    }
  }, [details, graph?.truncated, index, merge]);
  useEffect(() => {
    if (paths.status === "ready") {
      const { nodes, relationships } = pathsAsGraph(paths.data);
      merge(nodes, relationships);
    }
  }, [paths, merge]);
  useEffect(() => {
    if (asked.answer.status === "ready") {
      const { nodes, relationships } = pathsAsGraph(asked.answer.data.answer.paths);
      merge(nodes, relationships);
    }
  }, [asked.answer, merge]);

  // The request leaves on the click itself, before the re-render and the diagram's effects (a big canvas is slow).
  const prefetchNode = useCallback((id: string) => void client.prefetchQuery(queries.node(id)), [client]);
  const selectNode = useCallback(
    (id: string, centreOn = true) => {
      prefetchNode(id);
      apply((v) => ({ ...leaveStartMapFor(v, startMap, [id]), selection: { kind: "node", id } }));
      if (centreOn) setCentre((c) => ({ id, seq: (c?.seq ?? 0) + 1 }));
    },
    [apply, prefetchNode, startMap],
  );
  const onCanvasSelect = useCallback(
    (selection: Selection) => {
      if (selection?.kind === "node") prefetchNode(selection.id);
      apply((v) => ({ ...v, selection }));
    },
    [apply, prefetchNode],
  );
  const toggleExpand = useCallback(
    (id: string) => {
      apply((v) => ({ ...v, map: "all", focus: v.focus.includes(id) ? v.focus.filter((f) => f !== id) : sortedUnique([...v.focus, id]) }));
      // On an overview, expanding is also how more of the graph is loaded.
      if (graph?.truncated) {
        client.fetchQuery(queries.node(id)).then(
          (d) => {
            const { nodes, relationships } = detailsAsGraph(d);
            merge(nodes, relationships);
          },
          // The cache reports an outage to the banner; any other failure shows in the details panel, which loads the same node.
          () => {},
        );
      }
    },
    [apply, client, graph?.truncated, merge],
  );
  const runPath = useCallback((path: PathRequest) => apply((v) => ({ ...v, map: "all", path })), [apply]);
  const onPathQuery = useCallback(
    (from: NodeRef, to: NodeRef) => runPath({ ...DEFAULT_PATH_OPTIONS, from: from.id, to: to.id }),
    [runPath],
  );
  const { ask: askInUrl } = asked;
  const onAsk = useCallback(
    (question: string) => {
      askInUrl(question);
      // The answer's evidence is what the diagram should show now, not an earlier path query.
      apply((v) => (v.path || v.map === "start" ? { ...v, map: "all", path: null } : v));
    },
    [askInUrl, apply],
  );

  return (
    <div className="flex h-full flex-col overflow-hidden bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <h1 className="sr-only">AI Concepts Explorer</h1>
      <SkipLinks />
      <HeaderActions>
        <div className="mx-auto w-full min-w-0 max-w-xl">
          <SearchBox onSelectNode={(node) => selectNode(node.id)} onPathQuery={onPathQuery} onAsk={onAsk} closest={closest} opened={opened} />
        </div>
        <Toolbar
          layout={view.layout}
          onLayout={(layout: LayoutMode) => apply((v) => ({ ...v, map: "all", layout }))}
          canUndo={canUndo}
          canRedo={canRedo}
          onUndo={undo}
          onRedo={redo}
          canExport={diagram !== null && graph !== null}
          onExportPng={() => diagram && void loadExport().then((e) => e.exportPng(diagram, PALETTE[theme].background))}
          onExportSvg={() => diagram && void loadExport().then((e) => e.exportSvg(diagram, theme))}
          onExportJson={() =>
            graph &&
            diagram &&
            void loadExport().then((e) =>
              e.exportJson(e.viewFile({ graph, version: graph.layout?.version ?? null, shown: shownIds.current, view, cy: diagram.cy })),
            )
          }
          onImportJson={(file) => void imports.importFile(file)}
          exportScope={() => viewScope(view, shownIds.current, graph?.truncated ?? false)}
          onResetLayout={positions.reset}
        />
      </HeaderActions>

        <PanelSheet
          selection={view.selection}
          sideKey={view.path ? JSON.stringify(view.path) : asked.question}
          className="flex min-h-0 flex-1 flex-col lg:flex-row"
        >
          <aside
            id={SHEET_PANELS.side}
            aria-label="Answer, path finder and legend"
            className="order-2 space-y-6 overflow-y-auto border-slate-200 p-4 max-lg:hidden max-lg:h-[45dvh] max-lg:group-data-[sheet=side]/sheet:block lg:order-none lg:w-64 lg:shrink-0 lg:border-r dark:border-slate-800"
          >
            {asked.question && (
              <AnswerCard
                question={asked.question}
                state={asked.answer}
                onClose={asked.close}
                onShowPath={onPathQuery}
                onSelectNode={selectNode}
              />
            )}
            <PathFinder request={view.path} nameOf={nameOf} onRun={runPath} onClear={() => apply((v) => ({ ...v, path: null }))} />
            {view.path && (
              <PathResults
                key={JSON.stringify(view.path)}
                request={view.path}
                state={paths}
                nameOf={nameOf}
                active={active}
                onActivate={setActive}
                onRelax={(patch) => apply((v) => (v.path ? { ...v, path: { ...v.path, ...patch } } : v))}
              />
            )}
            <Legend
              graph={graph}
              initialCounts={firstCounts}
              hideKinds={view.hideKinds}
              hideTypes={view.hideTypes}
              onToggleKind={(kind: Kind) => apply((v) => ({ ...v, hideKinds: toggleIn(v.hideKinds, kind) }))}
              onToggleType={(type: RelType) => apply((v) => ({ ...v, hideTypes: toggleIn(v.hideTypes, type) }))}
              onShowAll={() => apply((v) => ({ ...v, hideKinds: [], hideTypes: [] }))}
            />
          </aside>

          <main className="relative min-h-0 min-w-0 flex-1 bg-slate-50 dark:bg-[#0b1120]">
            <GraphStage
              status={data.status}
              graph={ready ? graph : null}
              error={data.error}
              handle={diagram}
              saved={positions.saved}
              resetSeq={positions.resetSeq}
              view={view}
              highlight={highlight}
              centre={centre}
              exposeCy={exposeCy}
              onSelect={onCanvasSelect}
              onToggleExpand={toggleExpand}
              onReady={setDiagram}
              onMoved={(id, position) => view.focus.length === 0 && positions.save(onStartMap ? "start" : view.layout, id, position)}
              // Until the URL has been read the page shows what the server drew; then only if the view is that start map.
              firstFrame={!ready || (view.map === "start" && view.focus.length === 0 && !view.path) ? firstFrame : null}
              onFirstFrameSelect={(id) => onCanvasSelect({ kind: "node", id })}
              onShown={(ids) => {
                shownIds.current = ids;
              }}
              onRetry={data.retry}
              onShowAll={() => apply((v) => ({ ...v, hideKinds: [], hideTypes: [] }))}
              onExitFocus={() => apply((v) => ({ ...v, focus: [] }))}
            />
            {startMap && graph && view.focus.length === 0 && (
              // Top left and narrow: the start map's spine runs down the middle, with nothing beside it above the branches.
              <div className="pointer-events-none absolute left-3 top-3 z-10 w-[17rem] max-w-[calc(100%-1.5rem)]">
                <StartMapBar
                  onStartMap={onStartMap}
                  shown={startMap.length}
                  total={graph.nodes.length}
                  onWholeGraph={() => apply((v) => ({ ...v, map: "all" }))}
                  onStartMapAgain={() => apply((v) => ({ ...v, map: "start", path: null, focus: [], selection: null }))}
                />
              </div>
            )}
            <div className="pointer-events-none absolute inset-x-3 top-3 z-10 space-y-2">
              <TruncatedBanner graph={graph} onLoadAll={data.loadAll} />
              <ImportBanner message={imports.message} onDismiss={imports.dismiss} />
            </div>
          </main>

          <div
            id={SHEET_PANELS.details}
            className="order-3 overflow-y-auto border-slate-200 max-lg:hidden max-lg:h-[45dvh] max-lg:group-data-[sheet=details]/sheet:block lg:w-[21rem] lg:shrink-0 lg:border-l dark:border-slate-800"
          >
            {noScriptDetails && <noscript>{noScriptDetails}</noscript>}
            <DetailsPanel
              selection={view.selection}
              details={details}
              nodeOf={nodeOf}
              relationshipOf={relationshipOf}
              counts={graph ? { nodes: graph.nodes.length, relationships: graph.relationships.length } : null}
              focus={view.focus}
              onSelectNode={selectNode}
              onToggleExpand={toggleExpand}
            />
          </div>
        </PanelSheet>
    </div>
  );
}
