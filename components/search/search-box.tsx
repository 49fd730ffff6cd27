"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { NodeRef, SearchResult } from "@/lib/graph/types";
import { ApiError } from "@/lib/ui/api-client";
import { looksLikeQuestion } from "@/lib/ui/ask-question";
import { parsePathQuery } from "@/lib/ui/path-query";
import { SearchIcon } from "../ui/icons";
import { NodeCombobox } from "./node-combobox";
import { topHit as topHitIn, usePathEndsLookup } from "./use-node-search";

interface Props {
  onSelectNode: (node: NodeRef) => void;
  onPathQuery: (from: NodeRef, to: NodeRef) => void;
  /** A question ("Is GPT-4 an LLM?"): answered by /api/ask. */
  onAsk: (question: string) => void;
  /** Names like a query that found nothing, from the graph on the page. */
  closest?: (text: string) => SearchResult[];
  /** A concept the page opened on (`?node=`): the box shows its name, as if it had been searched for. */
  opened?: NodeRef | null;
}

const fold = (s: string) => s.trim().toLowerCase();

/**
 * The header search: picks a concept, runs a path query typed as "LLM → Generative AI" (also "->" and "to"), or asks a
 * question (a question mark or a leading question word turns Enter, and the button shown, into "Ask").
 */
export function SearchBox({ onSelectNode, onPathQuery, onAsk, closest, opened }: Props) {
  const [text, setText] = useState("");
  const [filledFor, setFilledFor] = useState<string | null>(null);
  if (opened && filledFor !== opened.id) {
    setFilledFor(opened.id);
    setText(opened.name);
  }
  const [message, setMessage] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const client = useQueryClient();
  const topHit = (q: string) => topHitIn(client, q);
  usePathEndsLookup(text);
  const asking = looksLikeQuestion(text);

  // "/" jumps to the search box from anywhere but a text field, as on most sites with search.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== "/" || target?.matches("input, textarea, select, [contenteditable]")) return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const choose = (node: NodeRef) => {
    setText(node.name);
    setMessage(null);
    onSelectNode(node);
  };

  const submit = async (value: string) => {
    if (!value.trim()) return;
    setMessage(null);
    if (looksLikeQuestion(value)) return onAsk(value.trim());
    try {
      const query = parsePathQuery(value);
      if (query?.ambiguous) {
        // "speech to text" may be a concept's own name rather than a path query.
        const exact = await topHit(value);
        if (exact && [fold(exact.name), fold(exact.matched)].includes(fold(value))) return choose(exact);
      }
      if (query) {
        const [from, to] = await Promise.all([topHit(query.from), topHit(query.to)]);
        if (!from || !to) return setMessage(`No concept matches “${from ? query.to : query.from}”.`);
        return onPathQuery(from, to);
      }
      const hit = await topHit(value);
      if (hit) choose(hit);
      else setMessage(`No concept matches “${value.trim()}”.`);
    } catch (error) {
      // The cache has already reported an outage to the banner.
      if (!(error instanceof ApiError)) throw error;
      setMessage(error.unavailable ? "Search is unavailable until the database is back." : error.message);
    }
  };

  return (
    <div className="relative w-full">
      <NodeCombobox
        label="Search concepts"
        labelHidden
        text={text}
        onTextChange={(t) => {
          setText(t);
          setMessage(null);
        }}
        onPick={choose}
        onEnter={(t) => void submit(t)}
        suggestFor={(t) => parsePathQuery(t) === null && !looksLikeQuestion(t)}
        placeholder="Search, a path (LLM → GenAI), or ask: Is GPT-4 an LLM?"
        icon={<SearchIcon />}
        inputRef={inputRef}
        closest={closest}
        inputClassName="h-9 max-lg:text-base"
      />
      {asking && (
        <button
          type="button"
          onClick={() => void submit(text)}
          className="absolute right-1.5 top-1/2 z-10 -translate-y-1/2 rounded bg-accent px-2 py-0.5 text-xs font-semibold text-white hover:bg-accent-hover focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent"
        >
          Ask
        </button>
      )}
      <p role="status" className="absolute left-0 top-full z-20 mt-1 text-xs text-danger empty:hidden">
        {message}
      </p>
    </div>
  );
}
