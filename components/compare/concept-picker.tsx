"use client";
import { useEffect, useState } from "react";
import { NodeCombobox } from "../search/node-combobox";

/** The shared search combobox, holding its own text and showing the picked concept's name. */
export function ConceptPicker({ label, value, onPick }: { label: string; value: string; onPick: (id: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <div className="w-64">
      <NodeCombobox
        label={label}
        text={text}
        onTextChange={setText}
        enterPicksFirst
        onPick={(r) => {
          setText(r.name);
          onPick(r.id);
        }}
      />
    </div>
  );
}
