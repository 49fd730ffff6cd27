// The part of the graph a question touches, loaded from the store once and read synchronously by
// the reasoning functions. IS_A ancestry and membership are walked over node details here, not
// asked of the store, so both stores give the same chains by construction.
import { AGGREGATE_CAP, MAX_HOPS } from "../limits";
import type { RelType } from "../schema";
import type { GraphStore, NodeDetails, NodeRelationship, SourceRef } from "../types";

/** A node reached over IS_A: its id and the chain of ids between, child end first. */
export interface Reach {
  id: string;
  depth: number;
  /** Up: [subject, …, ancestor]. Down: [member, …, subject]. */
  chain: string[];
}

export class Knowledge {
  private readonly loaded = new Map<string, NodeDetails>();
  private readonly missing = new Set<string>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly up = new Map<string, Reach[]>();
  private readonly down = new Map<string, Reach[]>();
  /** The shallowest depth each node was prepared at (see prepare() in hold.ts), and that preparation. */
  private readonly prepared = new Map<string, { depth: number; done: Promise<void> }>();

  /** Answers derived from loaded details, which never change once loaded: see remember(). */
  private readonly remembered = new Map<string, unknown>();

  constructor(readonly store: GraphStore) {}

  /**
   * The value of `compute` for this key, computed once. For reasoning over loaded details only: loading more
   * nodes adds details but never changes one already loaded, and a read of a node not loaded yet throws
   * instead of answering, so a remembered answer stays true.
   */
  remember<T>(key: string, compute: () => T): T {
    if (this.remembered.has(key)) return this.remembered.get(key) as T;
    const value = compute();
    this.remembered.set(key, value);
    return value;
  }

  /** Loads the details of every id not loaded or being loaded yet, in one store call; waits for those in flight. */
  async load(ids: Iterable<string>): Promise<void> {
    const unique = [...new Set(ids)];
    const wanted = unique.filter((id) => !this.loaded.has(id) && !this.missing.has(id) && !this.inFlight.has(id));
    const waiting = unique.map((id) => this.inFlight.get(id)).filter((p): p is Promise<void> => p !== undefined);
    if (wanted.length > 0) {
      const done = this.store.nodes(wanted).then((found) => {
        for (const d of found) this.loaded.set(d.node.id, d);
        for (const id of wanted) if (!this.loaded.has(id)) this.missing.add(id);
      });
      for (const id of wanted) this.inFlight.set(id, done);
      try {
        await done;
      } finally {
        for (const id of wanted) this.inFlight.delete(id);
      }
    }
    await Promise.all(waiting);
  }

  /**
   * Runs `work` unless the node was already prepared at this depth or a shallower one (which reads further);
   * concurrent callers wait for the same preparation instead of reading before it is done.
   */
  prepareOnce(id: string, depth: number, work: () => Promise<void>): Promise<void> {
    const before = this.prepared.get(id);
    if (before !== undefined && before.depth <= depth) return before.done;
    const done = work();
    this.prepared.set(id, { depth, done });
    return done;
  }

  /** Every article cited by a loaded relationship, with its title: enough to name the sources of a fact. */
  allSources(): SourceRef[] {
    const seen = new Map<string, SourceRef>();
    for (const d of this.loaded.values()) for (const r of d.relationships) for (const s of r.sources) if (!seen.has(s.id)) seen.set(s.id, { id: s.id, title: s.title, ...(s.published ? { published: s.published } : {}) });
    return [...seen.values()];
  }

  has(id: string): boolean {
    return this.loaded.has(id);
  }

  details(id: string): NodeDetails {
    const d = this.loaded.get(id);
    if (!d) throw new Error(`reasoning read ${id} before loading it`);
    return d;
  }

  out(id: string, type: RelType): NodeRelationship[] {
    return this.details(id).relationships.filter((r) => r.type === type && r.direction === "out");
  }

  in(id: string, type: RelType): NodeRelationship[] {
    return this.details(id).relationships.filter((r) => r.type === type && r.direction === "in");
  }

  /** The IS_A edge child → parent, which must be loaded. */
  isaEdge(child: string, parent: string): NodeRelationship | undefined {
    return this.out(child, "IS_A").find((r) => r.node.id === parent);
  }

  /** Breadth first, each level in id order: the first chain to a node is the lexicographically first shortest one. */
  private async walk(start: string, direction: "out" | "in", cap: number): Promise<Reach[]> {
    await this.load([start]);
    const seen = new Set([start]);
    const found: Reach[] = [];
    let level: Reach[] = [{ id: start, depth: 0, chain: [start] }];
    for (let depth = 1; depth <= MAX_HOPS && level.length > 0 && found.length < cap; depth++) {
      await this.load(level.flatMap((r) => (direction === "out" ? this.out(r.id, "IS_A") : this.in(r.id, "IS_A")).map((x) => x.node.id)));
      const next: Reach[] = [];
      for (const r of level) {
        const edges = direction === "out" ? this.out(r.id, "IS_A") : this.in(r.id, "IS_A");
        for (const e of [...edges].sort((a, b) => (a.node.id < b.node.id ? -1 : 1))) {
          if (seen.has(e.node.id) || !this.has(e.node.id)) continue;
          seen.add(e.node.id);
          const chain = direction === "out" ? [...r.chain, e.node.id] : [e.node.id, ...r.chain];
          next.push({ id: e.node.id, depth, chain });
        }
      }
      next.sort((a, b) => (a.id < b.id ? -1 : 1));
      found.push(...next);
      level = next;
    }
    return found.slice(0, cap);
  }

  async ancestors(id: string): Promise<Reach[]> {
    if (!this.up.has(id)) this.up.set(id, await this.walk(id, "out", Number.POSITIVE_INFINITY));
    return this.up.get(id)!;
  }

  /** IS_A members, nearest first, at most AGGREGATE_CAP of them. */
  async members(id: string): Promise<Reach[]> {
    if (!this.down.has(id)) this.down.set(id, await this.walk(id, "in", AGGREGATE_CAP));
    return this.down.get(id)!;
  }

  /** Read only after ancestors(id) has been awaited. */
  ancestorsLoaded(id: string): Reach[] {
    const a = this.up.get(id);
    if (!a) throw new Error(`reasoning read the ancestors of ${id} before loading them`);
    return a;
  }

  membersLoaded(id: string): Reach[] {
    const m = this.down.get(id);
    if (!m) throw new Error(`reasoning read the members of ${id} before loading them`);
    return m;
  }

  /** Whether a node has IS_A members, so that a statement about it may be about some of them only. */
  hasMembers(id: string): boolean {
    return this.in(id, "IS_A").length > 0;
  }
}
