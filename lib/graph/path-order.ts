// The one path order both stores use: by length, then the node ids along the path, then the
// relationship ids (which only matters between parallel relationships). Plain code-unit string
// comparison, the same as Cypher's ORDER BY on ASCII slugs.

const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareIdLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareStrings(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

export function comparePaths(
  a: { nodes: readonly { id: string }[]; relationships: readonly { id: string }[] },
  b: { nodes: readonly { id: string }[]; relationships: readonly { id: string }[] },
): number {
  return (
    a.relationships.length - b.relationships.length ||
    compareIdLists(a.nodes.map((n) => n.id), b.nodes.map((n) => n.id)) ||
    compareIdLists(a.relationships.map((r) => r.id), b.relationships.map((r) => r.id))
  );
}
