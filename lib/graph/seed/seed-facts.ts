// Facts with a fixed meaning, which the validator checks and the reasoning layer may read.
import type { FactValue } from "../types";
import type { SeedNode } from "./seed-types";

/** On a limitation: why it arises, in our words, and the sources that say so. They come together. */
export const CAUSE_FACT = "cause";
export const CAUSE_SOURCES_FACT = "causeSources";
/** Comparable facts, recorded only where an article states them. */
export const OPEN_SOURCE_FACT = "openSource";
export const RUNS_OFFLINE_FACT = "runsOffline";
export const CHEAPER_TO_DEPLOY_FACT = "cheaperToDeployThan";
export const COMPARABLE_FACTS = [OPEN_SOURCE_FACT, RUNS_OFFLINE_FACT, CHEAPER_TO_DEPLOY_FACT] as const;
/** The fact that lists the sources of a comparable fact: openSource → openSourceSources. */
export const sourcesKey = (fact: string) => `${fact}Sources`;

const isStringList = (v: FactValue | undefined): v is string[] => Array.isArray(v);

/** Problems with one node's fixed-meaning facts, given the ids of every node and source. */
export function factProblems(node: SeedNode, nodeIds: ReadonlySet<string>, sourceIds: ReadonlySet<string>): string[] {
  const facts = node.facts;
  const problems: string[] = [];
  const cause = facts[CAUSE_FACT];
  const causeSources = facts[CAUSE_SOURCES_FACT];
  if ((cause === undefined) !== (causeSources === undefined)) {
    problems.push(`${CAUSE_FACT} and ${CAUSE_SOURCES_FACT} come together: give both or neither`);
  }
  if (cause !== undefined && (typeof cause !== "string" || cause.trim() === "")) problems.push(`${CAUSE_FACT} must be a non-empty string`);
  if (causeSources !== undefined) {
    if (!isStringList(causeSources) || causeSources.length === 0) problems.push(`${CAUSE_SOURCES_FACT} must list source ids`);
    else for (const id of causeSources.filter((s) => !sourceIds.has(s))) problems.push(`${CAUSE_SOURCES_FACT}: unknown source id "${id}"`);
  }
  if ((cause !== undefined || causeSources !== undefined) && node.kind !== "Limitation") {
    problems.push(`${CAUSE_FACT} belongs on a Limitation, not on a ${node.kind}`);
  }
  for (const key of [OPEN_SOURCE_FACT, RUNS_OFFLINE_FACT]) {
    if (facts[key] !== undefined && typeof facts[key] !== "boolean") problems.push(`${key} must be true or false`);
  }
  // A comparable fact is an answer ("is it open source?"), so it cites its articles as a relationship does.
  for (const key of COMPARABLE_FACTS) {
    const sources = facts[sourcesKey(key)];
    if (facts[key] === undefined) {
      if (sources !== undefined) problems.push(`${sourcesKey(key)} without ${key}`);
    } else if (!isStringList(sources) || sources.length === 0) problems.push(`${key} needs ${sourcesKey(key)}: the articles that state it`);
    else for (const id of sources.filter((s) => !sourceIds.has(s))) problems.push(`${sourcesKey(key)}: unknown source id "${id}"`);
  }
  const cheaper = facts[CHEAPER_TO_DEPLOY_FACT];
  if (cheaper !== undefined) {
    if (!isStringList(cheaper) || cheaper.length === 0) problems.push(`${CHEAPER_TO_DEPLOY_FACT} must list node ids`);
    else for (const id of cheaper.filter((n) => !nodeIds.has(n))) problems.push(`${CHEAPER_TO_DEPLOY_FACT}: unknown node "${id}"`);
  }
  return problems;
}
