// GEXF 1.3 (https://gexf.net/), Gephi's own format: the node's name is its label, the relationship type the edge's
// label; attributes named as in the API, lists as `liststring` (JSON-style "[…]", which Gephi and graphology read).
import { type ExportData, factsOf, plain, relExtraKeys, relExtras } from "./export-data";
import { xml } from "./xml";

type Attr = [id: string, type: "string" | "liststring"];
const NODE_ATTRS: Attr[] = [["kind", "string"], ["name", "string"], ["aliases", "liststring"], ["summary", "string"], ["facts", "string"]];
const EDGE_ATTRS: Attr[] = [["type", "string"], ["scope", "string"], ["note", "string"], ["sources", "liststring"], ["citations", "string"]];

const declare = (domain: "node" | "edge", attrs: Attr[]) =>
  `    <attributes class="${domain}">\n${attrs.map(([id, type]) => `      <attribute id="${xml(id)}" title="${xml(id)}" type="${type}"/>\n`).join("")}    </attributes>\n`;
const values = (pairs: [string, string | undefined][]) =>
  `<attvalues>${pairs.filter(([, v]) => v !== undefined).map(([k, v]) => `<attvalue for="${xml(k)}" value="${xml(v!)}"/>`).join("")}</attvalues>`;

export async function* gexf(view: ExportData, now = new Date()): AsyncGenerator<string> {
  const extraKeys = relExtraKeys(view.relationships);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ';
  yield 'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  yield `  <meta lastmodifieddate="${now.toISOString().slice(0, 10)}"><creator>AI Concepts Explorer</creator>`;
  yield "<description>AI concepts and how they relate, with the articles behind each relationship</description></meta>\n";
  yield '  <graph defaultedgetype="directed" mode="static">\n';
  yield declare("node", NODE_ATTRS);
  yield declare("edge", [...EDGE_ATTRS, ...extraKeys.map((k): Attr => [k, "string"])]);
  yield "    <nodes>\n";
  for await (const page of view.nodePages()) {
    for (const node of page) {
      const attrs = values([
        ["kind", node.kind],
        ["name", node.name],
        ["aliases", JSON.stringify(node.aliases)],
        ["summary", node.summary],
        ["facts", JSON.stringify(Object.fromEntries(factsOf(node)))],
      ]);
      yield `      <node id="${xml(node.id)}" label="${xml(node.name)}">${attrs}</node>\n`;
    }
  }
  yield "    </nodes>\n    <edges>\n";
  for (const rel of view.relationships) {
    const extra = new Map(relExtras(rel));
    const attrs = values([
      ["type", rel.type],
      ["scope", rel.scope],
      ["note", rel.note],
      ["sources", JSON.stringify(rel.sources.map((s) => s.id))],
      ["citations", JSON.stringify(rel.sources)],
      ...extraKeys.map((k): [string, string | undefined] => [k, extra.has(k) ? plain(extra.get(k)) : undefined]),
    ]);
    yield `      <edge id="${xml(rel.id)}" source="${xml(rel.source)}" target="${xml(rel.target)}" label="${rel.type}">${attrs}</edge>\n`;
  }
  yield "    </edges>\n  </graph>\n</gexf>\n";
}
