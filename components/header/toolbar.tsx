"use client";

import { useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";
import type { ExportScope } from "@/lib/ui/export-links";
import type { LayoutMode } from "@/lib/ui/view-state";
import { useMenuTarget } from "../shell/header-slot";
import { Button } from "../ui/button";
import { OpenDataMenu } from "./open-data-menu";
import { FileIcon, ForceIcon, ImageIcon, RedoIcon, ResetIcon, TreeIcon, UndoIcon, UploadIcon } from "../ui/icons";

interface Props {
  layout: LayoutMode;
  onLayout: (layout: LayoutMode) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  canExport: boolean;
  onExportPng: () => void;
  onExportSvg: () => void;
  onExportJson: () => void;
  onImportJson: (file: File) => void;
  /** The view as /api/export filters, for the Data menu. */
  exportScope: () => ExportScope;
  onResetLayout: () => void;
}

const segmentClass =
  "inline-flex h-7 items-center gap-1.5 rounded px-2 text-sm text-slate-600 focus-visible:outline-2 focus-visible:outline-accent aria-pressed:bg-white aria-pressed:font-medium aria-pressed:text-slate-900 aria-pressed:shadow-sm dark:text-slate-300 dark:aria-pressed:bg-slate-700 dark:aria-pressed:text-white";

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-0.5">
      {children}
    </div>
  );
}

/** Text shown beside an icon in the narrow header's menu, where there is room for it (the aria-label stays the name). */
const MenuLabel = ({ children }: { children: ReactNode }) => <span className="hidden in-data-[menu]:inline">{children}</span>;

const Divider = () => <span className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" aria-hidden="true" />;

/** The explorer's tools: in the header bar when it is wide, in the header's menu when it is not. */
export function Toolbar(p: Props) {
  const menu = useMenuTarget();
  const tools = <Tools {...p} />;
  return menu ? createPortal(<div data-menu="">{tools}</div>, menu) : tools;
}

function Tools(p: Props) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className="flex items-center gap-1 in-data-[menu]:flex-wrap in-data-[menu]:gap-y-2">
      <div role="group" aria-label="Layout" className="flex items-center gap-0.5 rounded-md bg-slate-100 p-0.5 dark:bg-slate-800">
        <button type="button" aria-pressed={p.layout === "force"} aria-label="Force layout" title="Force layout" className={segmentClass} onClick={() => p.onLayout("force")}>
          <ForceIcon /> <span className="hidden in-data-[menu]:inline xl:inline">Force</span>
        </button>
        <button
          type="button"
          aria-pressed={p.layout === "hierarchy"}
          aria-label="Hierarchy layout"
          title="Is-a hierarchy layout"
          className={segmentClass}
          onClick={() => p.onLayout("hierarchy")}
        >
          <TreeIcon /> <span className="hidden in-data-[menu]:inline xl:inline">Hierarchy</span>
        </button>
      </div>
      <Divider />
      <Group label="History">
        <Button variant="icon" aria-label="Undo" title="Undo (Ctrl/⌘ Z)" disabled={!p.canUndo} onClick={p.onUndo}>
          <UndoIcon /> <MenuLabel>Undo</MenuLabel>
        </Button>
        <Button variant="icon" aria-label="Redo" title="Redo (Shift Ctrl/⌘ Z)" disabled={!p.canRedo} onClick={p.onRedo}>
          <RedoIcon /> <MenuLabel>Redo</MenuLabel>
        </Button>
        <Button variant="icon" aria-label="Reset layout" title="Put every dragged node back where the server placed it" onClick={p.onResetLayout}>
          <ResetIcon /> <MenuLabel>Reset layout</MenuLabel>
        </Button>
      </Group>
      <Divider />
      <Group label="Export">
        <Button variant="icon" aria-label="Export PNG" title="Download the view as a PNG image" disabled={!p.canExport} onClick={p.onExportPng}>
          <ImageIcon /> <span className="hidden in-data-[menu]:inline lg:inline">PNG</span>
        </Button>
        <Button variant="icon" aria-label="Export SVG" title="Download the view as an SVG drawing" disabled={!p.canExport} onClick={p.onExportSvg}>
          <ImageIcon /> <span className="hidden in-data-[menu]:inline lg:inline">SVG</span>
        </Button>
        <Button variant="icon" aria-label="Export JSON" title="Download the shown nodes and relationships as JSON" disabled={!p.canExport} onClick={p.onExportJson}>
          <FileIcon /> <span className="hidden in-data-[menu]:inline lg:inline">JSON</span>
        </Button>
        <Button variant="icon" aria-label="Import JSON" title="Open a view saved with Export JSON" onClick={() => picker.current?.click()}>
          <UploadIcon /> <MenuLabel>Import</MenuLabel>
        </Button>
        <input
          ref={picker}
          type="file"
          accept="application/json,.json"
          className="hidden"
          aria-label="View file to import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again imports it again.
            event.target.value = "";
            if (file) p.onImportJson(file);
          }}
        />
        <OpenDataMenu scopeOfView={p.exportScope} />
      </Group>
    </div>
  );
}
