// Collects every measured figure, prints it as it comes and as a table at the end, writes bench/results.json.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { LoadStats } from "./stats";

export interface Result {
  name: string;
  /** null when the figure could not be measured; `note` then says why. */
  value: number | null;
  unit: string;
  baseline?: number;
  ratio?: number;
  note?: string;
}

const round = (v: number) => (Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100);

export class Report {
  readonly results: Result[] = [];

  add(name: string, value: number | null, unit: string, extra: { baseline?: number; note?: string } = {}): Result {
    const result: Result = { name, value: value === null || Number.isNaN(value) ? null : round(value), unit };
    if (extra.baseline !== undefined && result.value !== null) {
      result.baseline = round(extra.baseline);
      result.ratio = extra.baseline > 0 ? Math.round((result.value / extra.baseline) * 100) / 100 : undefined;
    }
    if (extra.note) result.note = extra.note;
    if (result.value === null && !result.note) result.note = "n/a";
    this.results.push(result);
    console.log(`  ${format(result)}`);
    return result;
  }

  /** Not measurable in this run: recorded with the reason instead of a number. */
  na(name: string, unit: string, note: string): void {
    this.add(name, null, unit, { note });
  }

  /** A figure recorded earlier in this run; null when it is absent or was not measurable. */
  value(name: string): number | null {
    return this.results.filter((r) => r.name === name).at(-1)?.value ?? null;
  }

  /** p50, p99, req/s, errors and non-2xx of one load run; `baseline` (the direct driver) gives ratios. */
  load(prefix: string, stats: LoadStats, baseline?: LoadStats): void {
    this.add(`${prefix}.p50`, stats.p50, "ms", { baseline: baseline?.p50 });
    this.add(`${prefix}.p99`, stats.p99, "ms", { baseline: baseline?.p99 });
    this.add(`${prefix}.rps`, stats.rps, "req/s", { baseline: baseline?.rps });
    const note = stats.samples.length > 0 ? stats.samples.join("; ") : undefined;
    this.add(`${prefix}.errors`, stats.errors + stats.non2xx, "count", { note: note && `${stats.errors} errors, ${stats.non2xx} non-2xx: ${note}` });
  }

  table(): string {
    const rows = this.results.map((r) => [r.name, r.value === null ? "n/a" : String(r.value), r.unit, r.baseline === undefined ? "" : String(r.baseline), r.ratio === undefined ? "" : `${r.ratio}×`, r.note ?? ""]);
    const head = ["name", "value", "unit", "baseline", "ratio", "note"];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => Math.min(r[i].length, 70))));
    const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 3 || i === 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
    return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
  }

  write(file: string): void {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(this.results, null, 2)}\n`);
  }
}

function format(r: Result): string {
  const value = r.value === null ? "n/a" : `${r.value} ${r.unit}`;
  const base = r.baseline === undefined ? "" : ` (baseline ${r.baseline} ${r.unit}, ${r.ratio}×)`;
  return `${r.name}: ${value}${base}${r.note ? `  [${r.note}]` : ""}`;
}
