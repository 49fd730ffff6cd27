"use client";
import { useState } from "react";
import { NodeCombobox } from "../search/node-combobox";

/** The shared search combobox, holding its own text and showing the picked concept's name. */
export function ConceptPicker({ label, value, onPick }: { label: string; value: string; onPick: (id: string) => void }) {
  const [text, setText] = useState(value);
  // A new `value` (the other picker's choice, Back/Forward) replaces the text in the same render, not in an effect
  // that would first show the old text and then render again.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setText(value);
  }
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
