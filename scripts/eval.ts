/**
 * `npm run eval -- <suite...> [--data <dir>]`: score Attaché against the public data sets.
 * Prints a table per suite and one final JSON line; exits 1 if a floor is missed.
 * `--all-present` runs every suite whose data is present (what CI does). There, a metric whose
 * issue target is not reached yet is held to its regression guard (data/eval/guards.json: the
 * figure last measured) instead, so CI stops regressions while the target stays visible.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { EvalResult, EvalSuite } from "../src/eval/suite.js";
import { scriptArgs } from "./script-args.js";

const here = dirname(fileURLToPath(import.meta.url));
const suitesDir = join(here, "..", "src", "eval", "suites");

function available(): string[] {
  return existsSync(suitesDir)
    ? readdirSync(suitesDir)
        .filter((f) => f.endsWith(".js") && !f.endsWith(".test.js"))
        .map((f) => f.slice(0, -3))
        .sort()
    : [];
}

async function load(name: string): Promise<EvalSuite> {
  if (!available().includes(name)) throw new Error(`unknown suite "${name}"; known: ${available().join(", ")}`);
  const mod = (await import(join(suitesDir, `${name}.js`))) as { default?: EvalSuite };
  if (typeof mod.default?.run !== "function")
    throw new Error(`${name}.js in ${suitesDir} exports no default EvalSuite`);
  return mod.default;
}

function printTable(rows: ReadonlyArray<Readonly<Record<string, string | number>>>): void {
  if (rows.length === 0) return;
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: string | number | undefined) =>
    typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(4)) : (v ?? "");
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => `  ${vals.map((v, i) => v.padEnd(widths[i] ?? 0)).join("  ")}`;
  console.log(line(cols));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
}

function usage(): string {
  return `usage: npm run eval -- <suite...> [--data <dir>] | --all-present\nsuites: ${available().join(", ")}`;
}

type Guards = Record<string, Record<string, number>>;

function readGuards(): Guards {
  return JSON.parse(readFileSync(join(here, "..", "..", "data", "eval", "guards.json"), "utf8")) as Guards;
}

async function main(): Promise<number> {
  const { values, positionals } = scriptArgs("eval", usage(), {
    options: { data: { type: "string" }, "all-present": { type: "boolean" } },
    allowPositionals: true,
  });
  const dataDir = resolve(values.data ?? join(here, "..", "..", "..", "shared", "data"));
  if (!existsSync(dataDir)) {
    console.error(`data directory not found: ${dataDir} (give --data <dir>)`);
    return 1;
  }
  const names = values["all-present"] ? available() : positionals;
  if (names.length === 0) {
    console.error(usage());
    return 1;
  }
  const guards: Guards = values["all-present"] ? readGuards() : {};
  const summary: Record<string, Record<string, number> | string> = {};
  let missed = 0;
  for (const name of names) {
    const suite = await load(name);
    if (!existsSync(join(dataDir, suite.requires))) {
      const msg = `data not found: ${join(dataDir, suite.requires)}`;
      if (values["all-present"]) {
        console.log(`\n## ${name}: skipped (${msg})`);
        summary[name] = "skipped";
        continue;
      }
      console.error(`${name}: ${msg}`);
      return 1;
    }
    const started = performance.now();
    const result: EvalResult = await suite.run(dataDir);
    const seconds = (performance.now() - started) / 1000;
    console.log(`\n## ${name}: ${suite.description} (${seconds.toFixed(1)} s)`);
    if (result.table) printTable(result.table);
    if (result.details) console.log(result.details);
    const rows = Object.entries(result.metrics).map(([metric, value]) => {
      const floor = suite.floors[metric];
      const guard = guards[name]?.[metric];
      const reached = floor === undefined || value >= floor;
      const held = reached || (guard !== undefined && value >= guard);
      if (!held) missed++;
      const status =
        floor === undefined ? "" : reached ? "ok" : held ? `below target, above guard ${guard}` : "BELOW FLOOR";
      return { metric, value, floor: floor === undefined ? "" : floor.toFixed(2), status };
    });
    printTable(rows);
    summary[name] = { ...result.metrics };
  }
  console.log(JSON.stringify({ eval: summary, floorsMissed: missed }));
  return missed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exitCode = 1;
  },
);
