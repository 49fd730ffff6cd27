import { relPhrase } from "@/lib/graph/phrases";
import type { NodeDetails } from "@/lib/graph/types";
import { startMapHref } from "@/lib/ui/url-state";

/**
 * A concept's details for readers without JavaScript, who reach it from a name on the server-drawn start map
 * (`/?map=start&node=`): what it is and how it relates, each neighbour a link in turn. Rendered inside <noscript>, so a
 * page with JavaScript never shows it (the details panel does that job there).
 */
export function NoScriptDetails({ details }: { details: NodeDetails }) {
  const { node, relationships } = details;
  return (
    <section aria-label="Details" className="space-y-3 p-4 text-sm">
      <h2 className="text-xl font-semibold">{node.name}</h2>
      <p className="text-slate-600 dark:text-slate-300">{node.kind}</p>
      <p>{node.summary}</p>
      <ul className="list-disc space-y-1 pl-5">
        {relationships.map((r) => (
          <li key={`${r.id}-${r.direction}`}>
            {r.direction === "out" ? node.name : <a href={startMapHref(r.node.id)}>{r.node.name}</a>} {relPhrase(r.type, "out")}{" "}
            {r.direction === "out" ? <a href={startMapHref(r.node.id)}>{r.node.name}</a> : node.name}
          </li>
        ))}
      </ul>
    </section>
  );
}
