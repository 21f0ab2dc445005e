import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { AttacheError } from "../../../errors/catalogue.js";
import { defaultLexicon, loadLexicon } from "./load.js";

describe("event lexicon", () => {
  const lex = defaultLexicon();

  it("covers all 20 CAMEO roots and at least 200 codes", () => {
    const codes = new Set<string>();
    for (const list of lex.triggers.values()) for (const e of list) codes.add(e.cameo);
    for (const g of lex.goals) for (const c of Object.values(g.codes)) if (c) codes.add(c);
    assert.ok(codes.size >= 200, `only ${codes.size} codes`);
    const roots = new Set([...codes].map((c) => c.slice(0, 2)));
    assert.equal(roots.size, 20);
  });

  it("has a PLOVER type, Goldstein value and QuadClass for every code it uses", () => {
    for (const list of lex.triggers.values()) {
      for (const e of list) {
        const info = lex.cameo.get(e.cameo);
        assert.ok(info, e.rule);
        assert.ok(info.quadClass >= 1 && info.quadClass <= 4);
        assert.ok(Math.abs(info.goldstein) <= 10);
      }
    }
  });

  it("applies the Attaché exceptions to the 2021 table", () => {
    assert.equal(lex.cameo.get("0253")?.plover, "REQUEST");
    assert.equal(lex.cameo.get("0253")?.mode, "yield");
    assert.equal(lex.cameo.get("057")?.plover, "SUPPORT");
    assert.equal(lex.cameo.get("163")?.plover, "SANCTION");
    assert.equal(lex.cameo.get("175")?.mode, "crowd-control");
    assert.equal(lex.cameo.get("195")?.mode, "aerial");
    assert.equal(lex.cameo.get("010")?.plover, null);
  });

  it("accepts a user file that adds a verb", () => {
    const dir = mkdtempSync(join(tmpdir(), "attache-lex-"));
    writeFileSync(join(dir, "verbs.local.tsv"), "snub#1\tsnub\tV\t-\t111\t-\n");
    const user = loadLexicon([dir]);
    assert.equal(user.triggers.get("snub")?.[0]?.rule, "verbs.local/snub#1");
  });

  it("expands a word class (@name) in conditions and goals, and names an unknown one", () => {
    const send = lex.triggers.get("send")?.find((e) => e.rule === "verbs/send#2");
    const obj = send?.when.find((c) => c.kind === "obj");
    assert.ok(obj && "values" in obj && obj.values !== "*" && obj.values.has("howitzer") && obj.values.has("helmet"));
    assert.ok(lex.goals.some((g) => g.lemmas.has("drone") && g.lemmas.has("weapon")));
    const dir = mkdtempSync(join(tmpdir(), "attache-lex-"));
    writeFileSync(join(dir, "classes.local.tsv"), "fruit\tapple|pear\n");
    writeFileSync(join(dir, "verbs.local.tsv"), "throw#9\tthrow\tV\tobj=@fruit|egg\t145\t-\n");
    const thrown = loadLexicon([dir])
      .triggers.get("throw")
      ?.find((e) => e.rule === "verbs.local/throw#9");
    const values = thrown?.when[0] && "values" in thrown.when[0] ? thrown.when[0].values : null;
    assert.deepEqual(values instanceof Set ? [...values].sort() : values, ["apple", "egg", "pear"]);
    const bad = mkdtempSync(join(tmpdir(), "attache-lex-"));
    writeFileSync(join(bad, "verbs.bad.tsv"), "throw#9\tthrow\tV\tobj=@vegetables\t145\t-\n");
    assert.throws(
      () => loadLexicon([bad]),
      (e: unknown) => e instanceof AttacheError && /verbs\.bad\.tsv:1/.test(e.message) && /@vegetables/.test(e.message),
    );
  });

  it("rejects an unknown CAMEO code with the file and line", () => {
    const dir = mkdtempSync(join(tmpdir(), "attache-lex-"));
    writeFileSync(join(dir, "verbs.bad.tsv"), "# comment\nsnub#1\tsnub\tV\t-\t999\t-\n");
    assert.throws(
      () => loadLexicon([dir]),
      (e: unknown) => e instanceof AttacheError && e.code === "E_LEXICON" && /verbs\.bad\.tsv:2/.test(e.message),
    );
  });

  it("rejects a malformed condition", () => {
    const dir = mkdtempSync(join(tmpdir(), "attache-lex-"));
    writeFileSync(join(dir, "verbs.bad.tsv"), "snub#1\tsnub\tV\tcolour=red\t111\t-\n");
    assert.throws(() => loadLexicon([dir]), AttacheError);
  });
});
