// GraphML (http://graphml.graphdrawing.org/): attributes named as in the API. Lists and facts are JSON text, since
// GraphML has no list type: `aliases` ["GPT", …], `sources` the cited articles' ids, `citations` [{ id, title, section }].
import { type ExportData, factsOf, plain, relExtraKeys, relExtras } from "./export-data";
import { xml } from "./xml";

const NODE_KEYS = ["kind", "name", "aliases", "summary", "facts"];
const EDGE_KEYS = ["type", "scope", "note", "sources", "citations"];

const key = (id: string, domain: "node" | "edge") =>
  `  <key id="${domain === "node" ? "n" : "e"}_${xml(id)}" for="${domain}" attr.name="${xml(id)}" attr.type="string"/>\n`;
const data = (domain: "node" | "edge", id: string, value: string | undefined) =>
  value === undefined ? "" : `<data key="${domain === "node" ? "n" : "e"}_${xml(id)}">${xml(value)}</data>`;

export async function* graphml(view: ExportData): AsyncGenerator<string> {
  const extraKeys = relExtraKeys(view.relationships);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ';
  yield 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const k of NODE_KEYS) yield key(k, "node");
  for (const k of [...EDGE_KEYS, ...extraKeys]) yield key(k, "edge");
  yield '  <graph id="ai-concepts" edgedefault="directed">\n';
  for await (const page of view.nodePages()) {
    for (const node of page) {
      const attrs = [
        data("node", "kind", node.kind),
        data("node", "name", node.name),
        data("node", "aliases", JSON.stringify(node.aliases)),
        data("node", "summary", node.summary),
        data("node", "facts", JSON.stringify(Object.fromEntries(factsOf(node)))),
      ];
      yield `    <node id="${xml(node.id)}">${attrs.join("")}</node>\n`;
    }
  }
  for (const rel of view.relationships) {
    const extra = new Map(relExtras(rel));
    const attrs = [
      data("edge", "type", rel.type),
      data("edge", "scope", rel.scope),
      data("edge", "note", rel.note),
      data("edge", "sources", JSON.stringify(rel.sources.map((s) => s.id))),
      data("edge", "citations", JSON.stringify(rel.sources)),
      ...extraKeys.map((k) => data("edge", k, extra.has(k) ? plain(extra.get(k)) : undefined)),
    ];
    yield `    <edge id="${xml(rel.id)}" source="${xml(rel.source)}" target="${xml(rel.target)}">${attrs.join("")}</edge>\n`;
  }
  yield "  </graph>\n</graphml>\n";
}
