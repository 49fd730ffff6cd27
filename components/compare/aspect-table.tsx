import type { Aspect, ComparedNode } from "@/lib/graph/insights/insight-types";
import { ValueList } from "./value-list";

/** Side by side: per aspect, a band of what both share, then what differs, highlighted. */
export function AspectTable({ a, b, aspects }: { a: ComparedNode; b: ComparedNode; aspects: Aspect[] }) {
  const members = aspects.find((x) => x.key === "examples")?.total;
  const subjectA = { name: a.name, hasMembers: (members?.a ?? 0) > 0 };
  const subjectB = { name: b.name, hasMembers: (members?.b ?? 0) > 0 };
  return (
    <table className="w-full table-fixed border-collapse text-left [overflow-wrap:anywhere]">
      <caption className="sr-only">
        {a.name} compared with {b.name}, aspect by aspect
      </caption>
      <colgroup>
        <col className="w-24 sm:w-40" />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-700">
          <th scope="col" className="p-2 text-xs uppercase text-slate-600 dark:text-slate-400">Aspect</th>
          <th scope="col" className="p-2 text-base">{a.name}</th>
          <th scope="col" className="p-2 text-base">{b.name}</th>
        </tr>
      </thead>
      {aspects.map((aspect) => {
        const shared = new Set(aspect.shared);
        const sharedValues = aspect.a.filter((v) => shared.has(v.id));
        const onlyA = aspect.a.filter((v) => !shared.has(v.id));
        const onlyB = aspect.b.filter((v) => !shared.has(v.id));
        const count = (side: "a" | "b") => {
          const total = aspect.total![side];
          const listed = aspect[side].length;
          return total > listed ? `${total} in all; the first ${listed} are listed here, the rest in the explorer` : `${total} in all`;
        };
        return (
          <tbody key={aspect.key} data-aspect={aspect.key} className="border-b border-slate-200 align-top dark:border-slate-800">
            {sharedValues.length > 0 && (
              <tr>
                <th scope="row" rowSpan={onlyA.length > 0 || onlyB.length > 0 ? 2 : 1} className="p-2 text-sm font-semibold">
                  {aspect.label}
                </th>
                <td colSpan={2} className="bg-slate-50 p-2 dark:bg-slate-900/60">
                  <div className="mb-1 text-[11px] font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Shared</div>
                  <ValueList values={sharedValues} shared empty="" subject={subjectA} />
                </td>
              </tr>
            )}
            {(onlyA.length > 0 || onlyB.length > 0 || sharedValues.length === 0) && <tr>
              {sharedValues.length === 0 && (
                <th scope="row" className="p-2 text-sm font-semibold">
                  {aspect.label}
                </th>
              )}
              <td className="p-2">
                {aspect.total && <div data-testid="count" className="mb-1 text-xs text-slate-600 dark:text-slate-400">{count("a")}</div>}
                <ValueList values={onlyA} shared={false} empty={sharedValues.length ? "nothing else" : "none in the graph"} subject={subjectA} />
              </td>
              <td className="p-2">
                {aspect.total && <div data-testid="count" className="mb-1 text-xs text-slate-600 dark:text-slate-400">{count("b")}</div>}
                <ValueList values={onlyB} shared={false} empty={sharedValues.length ? "nothing else" : "none in the graph"} subject={subjectB} />
              </td>
            </tr>}
          </tbody>
        );
      })}
    </table>
  );
}
