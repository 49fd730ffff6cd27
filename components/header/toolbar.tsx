"use client";

import { useRef, type ReactNode } from "react";
import type { LayoutMode } from "@/lib/ui/view-state";
import { FileIcon, ForceIcon, ImageIcon, MoonIcon, RedoIcon, ResetIcon, SunIcon, TreeIcon, UndoIcon, UploadIcon } from "../ui/icons";

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
  dark: boolean;
  onToggleTheme: () => void;
}

const buttonClass =
  "inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-500 disabled:opacity-40 disabled:hover:bg-transparent dark:text-slate-200 dark:hover:bg-slate-800";
const segmentClass =
  "inline-flex h-7 items-center gap-1.5 rounded px-2 text-sm text-slate-600 focus-visible:outline-2 focus-visible:outline-blue-500 aria-pressed:bg-white aria-pressed:font-medium aria-pressed:text-slate-900 aria-pressed:shadow-sm dark:text-slate-300 dark:aria-pressed:bg-slate-700 dark:aria-pressed:text-white";

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
        <button type="button" className={buttonClass} aria-label="Undo" title="Undo (Ctrl/⌘ Z)" disabled={!p.canUndo} onClick={p.onUndo}>
          <UndoIcon />
        </button>
        <button type="button" className={buttonClass} aria-label="Redo" title="Redo (Shift Ctrl/⌘ Z)" disabled={!p.canRedo} onClick={p.onRedo}>
          <RedoIcon />
        </button>
        <button type="button" className={buttonClass} aria-label="Reset layout" title="Put every dragged node back where the server placed it" onClick={p.onResetLayout}>
          <ResetIcon />
        </button>
      </Group>
      <Divider />
      <Group label="Export">
        <button type="button" className={buttonClass} aria-label="Export PNG" title="Download the view as a PNG image" disabled={!p.canExport} onClick={p.onExportPng}>
          <ImageIcon /> <span className="hidden lg:inline">PNG</span>
        </button>
        <button type="button" className={buttonClass} aria-label="Export JSON" title="Download the shown nodes and relationships as JSON" disabled={!p.canExport} onClick={p.onExportJson}>
          <FileIcon /> <span className="hidden lg:inline">JSON</span>
        </button>
        <button type="button" className={buttonClass} aria-label="Import JSON" title="Open a view saved with Export JSON" onClick={() => picker.current?.click()}>
          <UploadIcon />
        </button>
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
      <Divider />
      <button type="button" className={buttonClass} aria-label="Dark mode" aria-pressed={p.dark} title={p.dark ? "Switch to light mode" : "Switch to dark mode"} onClick={p.onToggleTheme}>
        {p.dark ? <SunIcon /> : <MoonIcon />}
      </button>
    </div>
  );
}
