import assert from "node:assert/strict";
import { test } from "node:test";
import { makeArticle } from "../../doc/article.js";
import type { Doc } from "../../doc/doc.js";
import { analyzeDoc } from "../../pipeline/analyze.js";
import { mentionsStage } from "../mentions/index.js";
import { simpleDoc } from "../mentions/simple-segment.js";
import { actorsStage } from "./index.js";

/* An organization of no known country placed by "in <country or capital>" right after its name. */

const ctx = { timezone: null };

function analyse(text: string): Doc {
  return actorsStage.run(mentionsStage.run(simpleDoc(text, "2022-05-10T08:00:00Z"), ctx), ctx);
}

function actor(doc: Doc, name: string) {
  const a = doc.actors?.find((x) => x.name === name);
  assert.ok(a, `no actor ${name}`);
  return a;
}

test("an institute 'in' a capital is of that capital's country, and so is its fellow", () => {
  const doc = analyse(
    "The plan is risky, said Omar Haddad, a senior fellow at the Institute for Desert Studies in Amman.",
  );
  assert.equal(actor(doc, "Institute for Desert Studies").country, "JOR");
  assert.equal(actor(doc, "Omar Haddad").country, "JOR");
});

test("an office 'in' a country name is of that country", () => {
  const doc = analyse("The National Disaster Office in Fiji said the roads were open again.");
  assert.equal(actor(doc, "National Disaster Office").country, "FJI");
});

test("a place that is not right after the name does not place the organization", () => {
  const doc = analyse("The Institute for Desert Studies held a conference on water in Amman.");
  assert.equal(actor(doc, "Institute for Desert Studies").country, null);
});

test("two capitals in 'relations between X and Y' act for their states", () => {
  const doc = analyse("Relations between Lima and Santiago have worsened.");
  const countries = (doc.actors ?? []).map((a) => a.country);
  assert.ok(countries.includes("PER"));
  assert.ok(countries.includes("CHL"));
});

test("a capital after 'from' stays a place", () => {
  const doc = analyse("The plane was carrying meat from Quito on Monday.");
  assert.equal(
    (doc.actors ?? []).find((a) => a.country === "ECU"),
    undefined,
  );
});

test("a group described with no country is placed by 'in <territory>' right after it", () => {
  const doc = analyse("The army said militants in Gaza fired two rockets on Sunday.");
  assert.equal(doc.actors?.find((a) => a.name === "militants")?.code, "PSEREB");
});

test("police in a story with a dateline are the dateline's police", () => {
  const doc = analyse("NAIROBI — Police fired tear gas at students on Monday.");
  const police = doc.actors?.find((a) => a.sector === "COP");
  assert.equal(police?.country, "KEN");
  const foreign = analyse("NAIROBI — Ugandan police arrested two men on Monday. Police said both were Kenyan.");
  assert.deepEqual(
    (foreign.actors ?? []).filter((a) => a.sector === "COP").map((a) => a.country),
    ["UGA"],
  );
  const other = analyse("NAIROBI — Rebels attacked a convoy on Monday.");
  assert.equal(other.actors?.find((a) => a.sector === "REB")?.country ?? null, null);
});

test("'in the X', 'in northern X' place a group; a people is counted where it lives, and by its state's adjective", () => {
  const doc = analyse("Rebels in the Ivory Coast refused. Albanians in south Serbia protested. Iraqi Kurds fled.");
  assert.equal(actor(doc, "Rebels").country, "CIV");
  assert.equal(actor(doc, "Albanians").country, "SRB");
  assert.equal(actor(doc, "Iraqi Kurds").country, "IRQ");
  assert.equal(actor(analyse("Albanians protested on Monday."), "Albanians").country, "ALB");
});

test("suicide bombers and assailants are armed non-state actors of their stated people", () => {
  const doc = analyse("Two Palestinian suicide bombers blew themselves up. Unknown assailants fled.");
  assert.equal(actor(doc, "Palestinian suicide bombers").sector, "REB");
  assert.equal(actor(doc, "Palestinian suicide bombers").country, "PSE");
});

test("security forces opening a sentence are a police group, of the country they are 'in'", () => {
  const doc = analyse("Security forces in Guinea detained two reporters on Monday.");
  const forces = actor(doc, "Security forces");
  assert.equal(forces.country, "GIN");
  assert.equal(forces.sector, "COP");
});

test("police and courts with no country are of the one country the story's opening names", () => {
  const one = analyse("A bridge collapsed on Monday in a town in northern Peru. Police said the driver was detained.");
  assert.equal(actor(one, "Police").country, "PER");
  // the opening names two countries: no story country
  const two = analyse("Peru and Chile held talks on Monday. Police said the driver was detained.");
  assert.equal(actor(two, "Police").country, null);
});

test("a US state named in a title is the United States, not the country its name contains", () => {
  const doc = analyse("New Mexico Governor Tomas Ekwueme criticized the plan on Monday.");
  assert.equal(actor(doc, "Tomas Ekwueme").country, "USA");
  const jersey = analyse("Former New Jersey governor Tomas Ekwueme criticized the plan on Monday.");
  assert.equal(actor(jersey, "Tomas Ekwueme").country, "USA");
});

test("a body a state has at home named alone with 'in <country or capital>' is that state's ('the junta in Mali', 'the foreign ministry in Lima', even after another state's ministry); troops and armies are not, nor one named before", () => {
  for (const [text, name, country, sector] of [
    ["The junta in Mali expelled the envoy.", "junta", "MLI", "MIL"],
    ["The police in Lima arrested the journalist.", "police", "PER", "COP"],
    ["The foreign ministry in Lima condemned the attack.", "foreign ministry", "PER", "GOV"],
    ["Chile's interior minister spoke first. The interior ministry in Lima denied it.", "ministry", "PER", "GOV"],
  ] as const) {
    const doc = analyzeDoc(makeArticle({ text, published: "2022-05-10" }));
    const a = doc.actors?.find((x) => x.mentions.some((m) => doc.text.slice(m.start, m.end) === name));
    assert.deepEqual([a?.country, a?.sector], [country, sector], text);
  }
  const doc = analyzeDoc(makeArticle({ text: "Troops in Mali killed ten militants.", published: "2022-05-10" }));
  const troops = doc.actors?.find((x) => x.name.startsWith("Troops"));
  assert.equal(troops?.country ?? null, null);
  // (an army referred back to keeps its own state: the Chilean army operating in Peru)
  const text = "The Chilean army launched a raid on Monday. The army in Peru arrested 20 people.";
  const army = analyzeDoc(makeArticle({ text, published: "2022-05-10" })).actors?.filter((a) => a.sector === "MIL");
  assert.deepEqual(
    army?.map((a) => a.country),
    ["CHL"],
  );
});
