"use client";
import { useState } from "react";
import type { AspectValue } from "@/lib/graph/insights/insight-types";
import { Button } from "../ui/button";
import { AspectValueItem, type Subject } from "./aspect-value";

const SHOWN = 8;

/** A cell's values; long lists fold behind a button that says how many are hidden. */
export function ValueList({ values, shared, empty, subject }: { values: AspectValue[]; shared: boolean; empty: string; subject: Subject }) {
  const [open, setOpen] = useState(false);
  if (values.length === 0) return <p className="text-sm italic text-slate-600 dark:text-slate-400">{empty}</p>;
  const shown = open ? values : values.slice(0, SHOWN);
  return (
    <div>
      <ul className="flex flex-col gap-1">
        {shown.map((v) => (
          <AspectValueItem key={v.id} value={v} shared={shared} subject={subject} />
        ))}
      </ul>
      {values.length > SHOWN && (
        <Button variant="link" onClick={() => setOpen(!open)} className="mt-1 text-xs">
          {open ? "Show fewer" : `Show all ${values.length} (${values.length - SHOWN} more)`}
        </Button>
      )}
    </div>
  );
}
