import type { AspectValue } from "@/lib/graph/insights/insight-types";
import { originText } from "@/lib/graph/insights/wording";
import { explorerUrl } from "@/lib/ui/url-state";
import { TextLink } from "../ui/text-link";
import { SourcesNote } from "../sources-note";
import { DisputedMark } from "../disputed-mark";
import { OriginBadge } from "./origin-badge";

/** The concept a value belongs to, so "some" and "every" can name it. */
export interface Subject {
  name: string;
  hasMembers: boolean;
}

/** One value in a compare cell: the concept, where it comes from, and the articles behind it. */
export function AspectValueItem({ value, shared, subject }: { value: AspectValue; shared: boolean; subject: Subject }) {
  const why = originText(value, subject.name, subject.hasMembers);
  const isNode = value.kind !== undefined && value.id !== value.kind;
  return (
    <li
      data-origin={value.origin}
      className={`rounded-md px-2 py-1 text-sm ${shared ? "bg-slate-100 dark:bg-slate-800" : "bg-white ring-1 ring-amber-300 dark:bg-slate-900 dark:ring-amber-700"}`}
    >
      {isNode ? (
        <TextLink href={explorerUrl({ node: value.id })} className="font-medium">
          {value.name}
        </TextLink>
      ) : (
        <span className="font-medium">{value.name}</span>
      )}
      <OriginBadge origin={value.origin} />
      {value.contested && <DisputedMark disputes={value.disputes ?? []} />}
      {why && <div className="text-xs text-slate-600 dark:text-slate-400">{why}</div>}
      <SourcesNote sources={value.sources} />
    </li>
  );
}
