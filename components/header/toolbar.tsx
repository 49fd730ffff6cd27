"use client";

import { useRef, type ReactNode } from "react";
import type { LayoutMode } from "@/lib/ui/view-state";
import { Button } from "../ui/button";
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
  onExportJson: () => void;
  onImportJson: (file: File) => void;
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

const Divider = () => <span className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" aria-hidden="true" />;

export function Toolbar(p: Props) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className="flex items-center gap-1">
      <div role="group" aria-label="Layout" className="flex items-center gap-0.5 rounded-md bg-slate-100 p-0.5 dark:bg-slate-800">
        <button type="button" aria-pressed={p.layout === "force"} aria-label="Force layout" title="Force layout" className={segmentClass} onClick={() => p.onLayout("force")}>
          <ForceIcon /> <span className="hidden xl:inline">Force</span>
        </button>
        <button
          type="button"
          aria-pressed={p.layout === "hierarchy"}
          aria-label="Hierarchy layout"
          title="Is-a hierarchy layout"
          className={segmentClass}
          onClick={() => p.onLayout("hierarchy")}
        >
          <TreeIcon /> <span className="hidden xl:inline">Hierarchy</span>
        </button>
      </div>
      <Divider />
      <Group label="History">
        <Button variant="icon" aria-label="Undo" title="Undo (Ctrl/⌘ Z)" disabled={!p.canUndo} onClick={p.onUndo}>
          <UndoIcon />
        </Button>
        <Button variant="icon" aria-label="Redo" title="Redo (Shift Ctrl/⌘ Z)" disabled={!p.canRedo} onClick={p.onRedo}>
          <RedoIcon />
        </Button>
        <Button variant="icon" aria-label="Reset layout" title="Put every dragged node back where the server placed it" onClick={p.onResetLayout}>
          <ResetIcon />
        </Button>
      </Group>
      <Divider />
      <Group label="Export">
        <Button variant="icon" aria-label="Export PNG" title="Download the view as a PNG image" disabled={!p.canExport} onClick={p.onExportPng}>
          <ImageIcon /> <span className="hidden lg:inline">PNG</span>
        </Button>
        <Button variant="icon" aria-label="Export JSON" title="Download the shown nodes and relationships as JSON" disabled={!p.canExport} onClick={p.onExportJson}>
          <FileIcon /> <span className="hidden lg:inline">JSON</span>
        </Button>
        <Button variant="icon" aria-label="Import JSON" title="Open a view saved with Export JSON" onClick={() => picker.current?.click()}>
          <UploadIcon />
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
      </Group>
    </div>
  );
}
