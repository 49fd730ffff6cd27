/** Distinct strings in code-unit order, each with the node numbers it belongs to; prefix ranges by binary search. */
export class SortedStrings {
  private readonly strings: string[];
  private readonly nodes: number[][];

  constructor(byString: Map<string, number[]>) {
    this.strings = [...byString.keys()].sort();
    this.nodes = this.strings.map((s) => byString.get(s)!);
  }

  *withPrefix(prefix: string): Generator<[string, number[]]> {
    let lo = 0;
    let hi = this.strings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.strings[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.strings.length && this.strings[i].startsWith(prefix); i++) yield [this.strings[i], this.nodes[i]];
  }
}

/** Adds `node` to the list of `key`; nodes are added in increasing order, so a repeat is always the last entry. */
export function addPosting(map: Map<string, number[]>, key: string, node: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [node]);
  else if (list[list.length - 1] !== node) list.push(node);
}
