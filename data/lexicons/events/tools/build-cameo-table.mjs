#!/usr/bin/env node
// Builds ../cameo.tsv (code -> PLOVER type/mode, Goldstein, QuadClass, label) from the
// CAMEO2PLOVER-2021 table (CC BY-SA 4.0, Open Event Data Alliance), goldstein.tsv and overrides.tsv.
// Usage: node data/lexicons/events/tools/build-cameo-table.mjs [path/to/CAMEO2PLOVER-2021.txt]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../../..");
const mapPath = process.argv[2] ?? resolve(root, "../shared/data/plover/CAMEO2PLOVER-2021.txt");

const rows = (text) =>
  text
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t"));

const goldstein = new Map();
const labels = new Map();
for (const [code, value, label] of rows(readFileSync(join(here, "goldstein.tsv"), "utf8"))) {
  goldstein.set(code, Number(value));
  if (label) labels.set(code, label.trim());
}
const overrides = new Map();
for (const [code, plover, mode] of rows(readFileSync(join(here, "overrides.tsv"), "utf8"))) {
  overrides.set(code, { plover, mode: mode === "-" ? "" : mode });
}

const table = new Map();
for (const line of readFileSync(mapPath, "utf8").split("\n")) {
  const m = /^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)#?(.*)$/.exec(line);
  if (!m) continue;
  const [, code, plover, mode, , label] = m;
  if (table.has(code)) continue;
  table.set(code, { plover, mode: mode.trim(), label: label.trim() });
}
for (const code of labels.keys()) {
  if (!table.has(code)) table.set(code, { plover: "-", mode: "", label: labels.get(code) });
}
for (const [code, o] of overrides) {
  const row = table.get(code);
  if (row) Object.assign(row, o);
}

const weight = (code) => goldstein.get(code) ?? goldstein.get(code.slice(0, 3));
const quad = (code) => {
  const r = Number(code.slice(0, 2));
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
};
const out = ["# code\tplover\tmode\tgoldstein\tquadClass\tlabel"];
for (const code of [...table.keys()].sort()) {
  const row = table.get(code);
  const g = weight(code);
  if (g === undefined) throw new Error(`no Goldstein weight for ${code}`);
  out.push([code, row.plover, row.mode || "-", g.toFixed(1), quad(code), row.label].join("\t"));
}
writeFileSync(join(here, "..", "cameo.tsv"), `${out.join("\n")}\n`);
process.stdout.write(`wrote ${out.length - 1} codes\n`);
