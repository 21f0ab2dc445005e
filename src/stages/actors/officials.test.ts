import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import type { Doc } from "../../doc/doc.js";
import { analyzeDoc } from "../../pipeline/analyze.js";
import { mentionsStage } from "../mentions/index.js";
import { simpleDoc } from "../mentions/simple-segment.js";
import { actorsStage } from "./index.js";

/* Officials whose title names no country: the state they speak for, not the nearest one named. */

const ctx = { timezone: null };

function analyse(text: string): Doc {
  return actorsStage.run(mentionsStage.run(simpleDoc(text, "2022-05-10T08:00:00Z"), ctx), ctx);
}

function countryOf(doc: Doc, name: string): string | null {
  const a = doc.actors?.find((x) => x.name === name);
  assert.ok(a, `no actor ${name}`);
  return a.country;
}

test("a spokesperson reporting a sentence speaks for its subject, not for the nearest country", () => {
  const doc = analyse(
    "Norway has protested the seizure of a trawler by Russian patrol boats, Foreign Ministry spokesperson Ingrid Dahl said on Monday.",
  );
  assert.equal(countryOf(doc, "Ingrid Dahl"), "NOR");
  const inverted = analyse(
    "Norway has protested the seizure of a trawler by Russian patrol boats, said Foreign Ministry spokesperson Ingrid Dahl.",
  );
  assert.equal(countryOf(inverted, "Ingrid Dahl"), "NOR");
});

test("a spokesperson of 'the ministry' is of the ministry named last", () => {
  const doc = analyse(
    "Kenya's Foreign Ministry summoned Uganda's envoy over a shooting on the Ugandan side of the border. " +
      "A ministry spokeswoman, Grace Wanjiru, said the talks had been frank.",
  );
  assert.equal(countryOf(doc, "Grace Wanjiru"), "KEN");
});

test("a minister after a sentence led by a government is of that government", () => {
  const doc = analyse(
    "The Danish government summoned the Iranian ambassador on Tuesday over Iran's drone sales to Russia. " +
      "Foreign Minister Lars Holm told parliament that the sales had to stop.",
  );
  assert.equal(countryOf(doc, "Lars Holm"), "DNK");
});

test("the other party of a call or a meeting keeps the nearest country", () => {
  const doc = analyse("Chile pledged aid to Peru on Monday during a call with President Rosa Mendes.");
  assert.equal(countryOf(doc, "Rosa Mendes"), "PER");
});

test("a fronted place names the official's country", () => {
  const doc = analyse(
    "Russian troops crossed into the disputed zone overnight. In Tbilisi, Defence Minister Giorgi Beridze said the army was ready.",
  );
  assert.equal(countryOf(doc, "Giorgi Beridze"), "GEO");
});

test("only a state body named before gives its country to an official of that body", () => {
  const doc = analyse(
    "The English Chess Federation protested on Monday. Iran withdrew its team. " +
      "Reza Amini, the president of the country's chess federation, said the decision was final.",
  );
  assert.equal(countryOf(doc, "Reza Amini"), "IRN");
});

test("a spokesman of an armed group or a party takes the organization's sector, not the title's", () => {
  const doc = analyse(
    "Hamas spokesman Omar Nasser denied the report. A Taliban spokesman, Ali Khan, said talks would resume.",
  );
  const code = (name: string) => doc.actors?.find((a) => a.name === name)?.code;
  assert.equal(code("Omar Nasser"), "PSEREB");
  assert.equal(code("Ali Khan"), "AFGREB");
  const state = analyse("Kenya's Foreign Ministry spokesperson Grace Wanjiru denied the report.");
  assert.equal(state.actors?.find((a) => a.name === "Grace Wanjiru")?.code, "KENGOV");
});

test("a titled name ending with 'of' and a country is of that country, whatever else the sentence names", () => {
  const full = (text: string) => analyzeDoc(makeArticle({ text, published: "2022-05-10T08:00:00Z" }));
  assert.equal(
    countryOf(full("King Abdullah of Jordan met Israeli officials on Sunday."), "Abdullah of Jordan"),
    "JOR",
  );
  assert.equal(countryOf(full("King Hassan of Morocco said he would host the meeting."), "Hassan of Morocco"), "MAR");
});

test("a field of study the tagger read as a verb still names no country", () => {
  const full = analyzeDoc(
    makeArticle({
      text: '"The launch crossed a line," said Park Ji-ho, a professor of North Korean studies at a private university.',
      published: "2022-05-10T08:00:00Z",
    }),
  );
  assert.equal(countryOf(full, "Park Ji-ho"), null);
});

test("an opposition group the text gives no country is of the country the story is about", () => {
  const doc = analyzeDoc(
    makeArticle({
      text: "Bolivia expelled the Chilean ambassador on Monday. Bolivian police detained two Bolivian journalists in La Paz. Opposition groups in exile condemned the arrests.",
      published: "2022-05-10T08:00:00Z",
    }),
  );
  assert.equal(countryOf(doc, "Opposition groups"), "BOL");
});
