import assert from "node:assert/strict";
import test from "node:test";
import type { Mention } from "../../doc/layers/mentions.js";
import { detectMentions } from "./index.js";
import { simpleDoc } from "./simple-segment.js";

function person(text: string, surface: string): Mention | undefined {
  return detectMentions(simpleDoc(text)).find((m) => m.kind === "name" && text.slice(m.start, m.end) === surface);
}

test("a title set off before the name by a comma is the person's role", () => {
  const text = "Chile's ambassador, Rosario Quintana, was summoned on Monday.";
  const m = person(text, "Rosario Quintana");
  assert.equal(m?.type, "PER");
  assert.equal(m?.country, "CHL");
  assert.equal(m?.sector, "GOV");
  assert.equal(text.slice(m?.role?.start ?? 0, m?.role?.end ?? 0), "Chile's ambassador");
});

test("a nationality and a counterpart give the country; an organization noun gives the sector", () => {
  const a = person("He was met by his Peruvian counterpart, Lucho Ayala, at the airport.", "Lucho Ayala");
  assert.equal(a?.country, "PER");
  assert.equal(a?.sector, "GOV");
  const b = person("A police spokesman, Tomas Ekwueme, said nine people were held.", "Tomas Ekwueme");
  assert.equal(b?.sector, "COP");
});

test("officials of an international organization carry its code and the IGO sector", () => {
  const m = person("The EU's foreign policy chief, Ilse Brandt, said the bloc would act.", "Ilse Brandt");
  assert.equal(m?.country, "EU");
  assert.equal(m?.sector, "IGO");
});

test("a name that is not closed after the comma is not given the title before it", () => {
  const m = person("After talks with the minister, Rosario Quintana said no deal was near.", "Rosario Quintana");
  assert.equal(m?.role, null);
});

test("an unknown name followed by a title in apposition is a person of that title's country", () => {
  const text = "Dewi Lestari, spokesperson of the Malaysian Foreign Ministry, said the talks would go on.";
  const m = detectMentions(simpleDoc(text)).find((x) => text.slice(x.start, x.end) === "Dewi Lestari");
  assert.equal(m?.type, "PER");
  assert.equal(m?.country, "MYS");
});

test("a title after the comma that a name follows is that name's, not an apposition of the one before", () => {
  const text = "Erdogan, Peruvian President Luis Vega and Bolivian President Eva Soto met in Lima.";
  const first = person(text, "Erdogan");
  assert.equal(first?.role ?? null, null);
  assert.equal(person(text, "Luis Vega")?.country, "PER");
});

test("a title only an international organization gives is that organization's, with the IGO sector", () => {
  const a = person("BRUSSELS — Trade Commissioner Hanne Olsen will travel to Lima next week.", "Hanne Olsen");
  assert.equal(a?.country, "EU");
  assert.equal(a?.sector, "IGO");
  const b = person(
    "The delegation was received by the Commission's executive vice-president, Pia Lund, on Friday.",
    "Pia Lund",
  );
  assert.equal(b?.country, "EU");
  assert.equal(b?.sector, "IGO");
  // a UN special rapporteur reports on a country and is not its official
  const c = person("The special rapporteur, Ines Varga, was refused a visa to visit Belarus.", "Ines Varga");
  assert.equal(c?.country, "UN");
  assert.equal(c?.sector, "IGO");
});

test("a national commission's president is not the European Commission's", () => {
  const m = person("Election Commission president Ravi Menon said the count would end on Sunday.", "Ravi Menon");
  assert.notEqual(m?.country, "EU");
});

test("an apposition opening with a country's possessor and several modifiers is the person's role", () => {
  const m = person("Selim Haddou, Algeria's leading human rights activist, began a hunger strike.", "Selim Haddou");
  assert.equal(m?.type, "PER");
  assert.equal(m?.country, "DZA");
  assert.equal(m?.sector, "OPP");
  const two = person("Thabo Nkosi, South Africa's leading rights activist, began a hunger strike.", "Thabo Nkosi");
  assert.equal(two?.country, "ZAF");
  // a relative clause after the comma is no role
  const n = person("Selim Haddou, who later became interior minister, spoke.", "Selim Haddou");
  assert.equal(n?.role ?? null, null);
});

test("a generic title held in a named organization takes the organization's sector, a specific one keeps its own", () => {
  const fbi = person("FBI Director Tomas Ekwueme said nine people were held.", "Tomas Ekwueme");
  assert.equal(fbi?.country, "USA");
  assert.equal(fbi?.sector, "COP");
  const hamas = person("A Hamas spokesman, Tomas Ekwueme, said nine people were held.", "Tomas Ekwueme");
  assert.equal(hamas?.sector, "REB");
  const cia = person("Former CIA director Tomas Ekwueme said nine people were held.", "Tomas Ekwueme");
  assert.equal(cia?.sector, "GOV");
  const pentagon = person("Pentagon press secretary Tomas Ekwueme said nine people were held.", "Tomas Ekwueme");
  assert.equal(pentagon?.sector, "GOV");
});

test("a chief executive of a country or territory heads its government, of a company its business", () => {
  const before = person("Hong Kong Chief Executive Tomas Ekwueme said nine people were held.", "Tomas Ekwueme");
  assert.equal(before?.country, "HKG");
  assert.equal(before?.sector, "GOV");
  const after = person("Tomas Ekwueme, the chief executive of Hong Kong, said nine people were held.", "Tomas Ekwueme");
  assert.equal(after?.sector, "GOV");
  const firm = person("Huawei chief executive Tomas Ekwueme said nine people were held.", "Tomas Ekwueme");
  assert.equal(firm?.sector, "BUS");
});

test("a title after a preposition in the apposition is another person's, not the name's", () => {
  const text = "Lidia Marchenko, the wife of Ukrainian opposition leader Petro Hrytsenko, criticized the court.";
  const m = person(text, "Lidia Marchenko");
  assert.equal(m?.sector ?? null, null);
  assert.equal(m?.role ?? null, null);
  // (a title of the name's own, with a preposition after it, still is)
  const own = person("Lidia Marchenko, spokesperson of the Ukrainian Foreign Ministry, said so.", "Lidia Marchenko");
  assert.equal(own?.sector, "GOV");
});

test("a surname takes the title of its apposition, and a company's president is of that company's sector", () => {
  const text =
    "The court heard Karl Obermann on Monday. Obermann, formerly the president of Zurich-based Helvetia Shipping Corporation, denied the charges.";
  const m = detectMentions(simpleDoc(text)).find((x) => text.slice(x.start, x.end) === "Obermann");
  assert.equal(m?.type, "PER");
  assert.equal(m?.sector, "BUS");
  assert.ok(text.slice(m?.role?.start ?? 0, m?.role?.end ?? 0).endsWith("Helvetia Shipping Corporation"));
});
