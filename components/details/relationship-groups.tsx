"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { REL_TYPES } from "@/lib/graph/schema";
import type { NodeRelationship } from "@/lib/graph/types";
import { relPhrase } from "@/lib/graph/phrases";
import { scopeOf } from "@/lib/graph/semantics";
import { GROUP_PREVIEW } from "@/lib/ui/details-preview";
import { KindIcon } from "../legend/swatches";
import { SourceList } from "./source-list";

interface Props {
  relationships: NodeRelationship[];
  sourceNumbers: Map<string, number>;
  onSelectNode: (id: string) => void;
}

/** One collator for all comparisons: String.localeCompare builds one per call, which a hub's thousands of names feel. */
const byName = new Intl.Collator("en").compare;


interface Group {
  key: string;
  phrase: string;
  arrow: string;
  items: NodeRelationship[];
}

/** Grouped by type (schema order) then direction, outgoing first; neighbours alphabetically within a group. */
function groupRelationships(relationships: NodeRelationship[]): Group[] {
  const groups: Group[] = [];
  for (const type of REL_TYPES) {
    for (const direction of ["out", "in"] as const) {
      const items = relationships
        .filter((r) => r.type === type && r.direction === direction)
        .sort((a, b) => byName(a.node.name, b.node.name));
      if (items.length > 0) {
        groups.push({ key: `${type}-${direction}`, phrase: relPhrase(type, direction), arrow: direction === "out" ? "→" : "←", items });
      }
    }
  }
  return groups;
}

/**
 * The node's relationships as sentences, the text twin of the diagram. One tab stop for the whole list (roving
 * focus): arrow keys, Home and End move along the relationships, Enter selects the neighbour.
 */
export function RelationshipGroups({ relationships, sourceNumbers, onSelectNode }: Props) {
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  // Grouping sorts every relationship once; opening a group only changes what is shown.
  const grouped = useMemo(() => groupRelationships(relationships), [relationships]);
  const groups = useMemo(
    () => grouped.map((g) => ({ ...g, shown: opened.has(g.key) ? g.items : g.items.slice(0, GROUP_PREVIEW) })),
    [grouped, opened],
  );
  const flat = useMemo(() => groups.flatMap((g) => g.shown), [groups]);
  // Only a concept with members can say something of every member or of some.
  const hasMembers = useMemo(() => relationships.some((r) => r.type === "IS_A" && r.direction === "in"), [relationships]);
  // Where each group starts in `flat`: the roving-focus position of every button, computed before rendering them.
  const starts = useMemo(() => {
    const result = [0];
    for (const g of groups) result.push(result[result.length - 1] + g.shown.length);
    return result;
  }, [groups]);
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(active, flat.length - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowRight: current + 1, ArrowUp: current - 1, ArrowLeft: current - 1, Home: 0, End: flat.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(flat.length - 1, moves[event.key]));
    setActive(next);
    buttons.current[next]?.focus();
  };

  if (flat.length === 0) return <p className="text-sm text-slate-500 dark:text-slate-400">No relationships.</p>;

  return (
    <div onKeyDown={onKeyDown} className="space-y-3">
      {groups.map((group, g) => (
        <div key={group.key}>
          <h4 className="mb-1 text-xs font-medium text-slate-500 dark:text-slate-400">
            {group.phrase} {group.arrow} <span className="tabular-nums">({group.items.length})</span>
          </h4>
          <ul className="space-y-1">
            {group.shown.map((rel, k) => {
              const i = starts[g] + k;
              return (
                <li key={rel.id}>
                  <button
                    type="button"
                    ref={(el) => {
                      buttons.current[i] = el;
                    }}
                    tabIndex={i === current ? 0 : -1}
                    onFocus={() => setActive(i)}
                    onClick={() => onSelectNode(rel.node.id)}
                    aria-label={`${group.phrase} ${rel.node.name}`}
                    className="flex w-full items-center gap-2 rounded px-1 py-0.5 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-accent dark:hover:bg-slate-800"
                  >
                    <span aria-hidden="true" className="w-3 text-center text-slate-400">
                      {group.arrow}
                    </span>
                    <KindIcon kind={rel.node.kind} />
                    <span className="font-medium text-link">{rel.node.name}</span>
                    {hasMembers && rel.direction === "out" && rel.type !== "IS_A" && <ScopeTag scope={scopeOf(rel)} />}
                  </button>
                  <SourceList sources={rel.sources} note={rel.note} numbers={sourceNumbers} disputedBy={rel.disputedBy} forecast={rel.forecast} />
                </li>
              );
            })}
          </ul>
          {group.shown.length < group.items.length && (
            <button
              type="button"
              onClick={() => setOpened((o) => new Set(o).add(group.key))}
              className="mt-1 rounded px-1 text-xs font-medium text-link hover:underline"
            >
              Show all {group.items.length.toLocaleString("en")} ({(group.items.length - group.shown.length).toLocaleString("en")} more)
            </button>
          )}
        </div>
      ))}
    </div>
  );
}

/** Whether a statement about this category reaches every member (they inherit it) or only some. */
function ScopeTag({ scope }: { scope: "every" | "some" }) {
  return (
    <span
      data-scope={scope}
      title={scope === "every" ? "said of every member, so each member inherits it" : "said of some members only; members do not inherit it"}
      className="ml-auto shrink-0 rounded bg-slate-100 px-1 text-[10px] text-slate-700 dark:bg-slate-800 dark:text-slate-300"
    >
      {scope === "every" ? "every member" : "some members"}
    </span>
  );
}
