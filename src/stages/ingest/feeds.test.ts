import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readFeed } from "./feeds.js";

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Desk</title>
<item><title>Malta hosts migration talks</title><link>https://d.test/1</link><pubDate>Mon, 06 May 2024 09:00:00 +0200</pubDate>
<content:encoded><![CDATA[<p>VALLETTA — Malta hosted talks on Monday.</p><p>Italy attended.</p>]]></content:encoded></item>
<item><title>Cyprus &amp; Greece agree</title><link>https://d.test/2</link><pubDate>Tue, 07 May 2024 10:00:00 +0300</pubDate>
<description>&lt;p&gt;NICOSIA — Cyprus and Greece agreed on Tuesday.&lt;/p&gt;</description></item>
</channel></rss>`;

describe("readFeed", () => {
  it("reads RSS items with HTML content stripped", () => {
    const items = readFeed(RSS, "f.rss");
    assert.equal(items.length, 2);
    const [a, b] = items;
    assert.ok(a?.ok && b?.ok);
    assert.equal(a.draft.text, "VALLETTA — Malta hosted talks on Monday.\n\nItaly attended.");
    assert.equal(a.draft.url, "https://d.test/1");
    assert.equal(a.origin, "f.rss#item1");
    assert.equal(b.draft.title, "Cyprus & Greece agree");
    assert.equal(b.draft.text, "NICOSIA — Cyprus and Greece agreed on Tuesday.");
  });

  it("reads Atom entries", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title type="html">Peace talks resume</title>
<link rel="alternate" href="https://a.test/x"/><published>2023-04-01T08:00:00Z</published><updated>2023-04-02T08:00:00Z</updated>
<content type="html">&lt;p&gt;Delegates returned to Doha on Saturday.&lt;/p&gt;</content></entry></feed>`;
    const [e] = readFeed(atom, "a.atom");
    assert.ok(e?.ok);
    assert.equal(e.draft.url, "https://a.test/x");
    assert.equal(e.draft.published, "2023-04-01T08:00:00Z");
    assert.equal(e.draft.text, "Delegates returned to Doha on Saturday.");
  });

  it("recovers the complete items of a feed cut in half and reports the tail", () => {
    const cut = RSS.slice(0, RSS.indexOf("NICOSIA"));
    const items = readFeed(cut, "f.rss");
    assert.equal(items.length, 2);
    assert.ok(items[0]?.ok);
    assert.ok(items[1] && !items[1].ok && items[1].error.code === "E_FEED" && items[1].origin === "f.rss#item2");
  });

  it("reports a feed without items", () => {
    const [e] = readFeed("<rss><channel><title>x</title></channel></rss>", "f.rss");
    assert.ok(e && !e.ok && e.error.code === "E_FEED");
  });
});
