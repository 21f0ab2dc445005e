import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { readHtml } from "./html.js";

const SAMPLE = new URL("../../../../samples/2022-11-16-ghana-senegal-visit.html", import.meta.url);

const para = (s: string): string =>
  `<p>${s} ${"The delegations discussed trade, transport and security in detail. ".repeat(3)}</p>`;

describe("readHtml", () => {
  it("extracts body and metadata from the sample page", () => {
    const item = readHtml(readFileSync(SAMPLE, "utf8"), "s.html");
    assert.ok(item.ok);
    const d = item.draft;
    assert.equal(d.title, "Ghana's president visits Dakar to discuss regional security");
    assert.equal(d.published, "2022-11-16T14:30:00+00:00");
    assert.equal(d.byline, "Awa Ndiaye");
    assert.equal(d.section, "Africa");
    assert.equal(d.url, "https://ledger.example.org/2022/11/16/ghana-senegal-visit");
    assert.ok(d.text.startsWith("DAKAR — Ghana's President"));
    assert.match(d.text, /\n\nAsante was received/);
    for (const junk of ["Share this article", "Most read", "All rights reserved", "Photo: Ledger", "By Awa"]) {
      assert.ok(!d.text.includes(junk), junk);
    }
    assert.deepEqual(d.captions, ["The two presidents at the palace in Dakar. Photo: Ledger"]);
  });

  it("reads JSON-LD arrays and meta fallbacks", () => {
    const html = `<html><head><title>Fallback title - Site</title>
<script type="application/ld+json">[{"@type":"Organization","name":"Site"},{"@type":["NewsArticle"],"headline":"Lead headline","datePublished":"2020-05-04","author":"Sam Ode"}]</script>
</head><body><article>${para("One.")}${para("Two.")}${para("Three.")}</article></body></html>`;
    const item = readHtml(html, "p.html");
    assert.ok(item.ok);
    assert.equal(item.draft.title, "Lead headline");
    assert.equal(item.draft.published, "2020-05-04");
    assert.equal(item.draft.byline, "Sam Ode");
  });

  it("takes the date of a time element when no meta states it", () => {
    const html = `<html><body><article><h1>H</h1><time datetime="2019-02-03T10:00:00+01:00">3 Feb</time>${para("A.")}${para("B.")}</article></body></html>`;
    const item = readHtml(html, "t.html");
    assert.ok(item.ok);
    assert.equal(item.draft.published, "2019-02-03T10:00:00+01:00");
  });

  it("reports a page without an article", () => {
    const item = readHtml(
      "<html><head><title>Login</title></head><body><nav><a href='/'>Home</a></nav><form><input></form></body></html>",
      "n.html",
    );
    assert.ok(!item.ok);
    assert.equal(item.error.code, "E_NO_ARTICLE");
  });
});
