// How much of the machine something other than the bench used during the run: on a shared 2-core
// machine another test run skews every figure, so the report says how busy the rest of the box was.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";

const HZ = 100; // USER_HZ on Linux

interface CpuSnapshot {
  at: number;
  busy: number;
  self: number;
  neo4jPid: string;
  neo4j: number;
}

/** Busy jiffies of the whole machine, and of this process, its reaped children and the local Neo4j. */
export function cpuSnapshot(neo4jPidFile = ".neo4j/neo4j.pid"): CpuSnapshot {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number);
  const idle = fields[3] + (fields[4] ?? 0);
  const busy = fields.slice(0, 8).reduce((a, b) => a + b, 0) - idle;
  const jiffies = (pid: string, withChildren: boolean) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
      return f[11] + f[12] + (withChildren ? f[13] + f[14] : 0); // utime stime cutime cstime
    } catch {
      return 0;
    }
  };
  const neo4jPid = existsSync(neo4jPidFile) ? readFileSync(neo4jPidFile, "utf8").trim() : "";
  return { at: performance.now(), busy, self: jiffies("self", true), neo4jPid, neo4j: neo4jPid ? jiffies(neo4jPid, false) : 0 };
}

/** Share of the machine (all cores) that other processes used between two snapshots, in percent. */
export function othersShare(start: CpuSnapshot, end: CpuSnapshot): number {
  const capacity = ((end.at - start.at) / 1000) * HZ * os.cpus().length;
  const neo4j = end.neo4jPid === start.neo4jPid ? end.neo4j - start.neo4j : end.neo4j; // restarted: the new one whole
  return (Math.max(0, end.busy - start.busy - (end.self - start.self) - neo4j) / capacity) * 100;
}

/** A process and all its descendants, from /proc. */
export function processTree(rootPid: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** CPU time (ms) that a process tree has used so far: user + system, with its reaped children. */
export function treeCpuMs(rootPid: number): number {
  let jiffies = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ").map(Number);
      jiffies += f[11] + f[12] + f[13] + f[14];
    } catch {
      // gone meanwhile
    }
  }
  return (jiffies / HZ) * 1000;
}
