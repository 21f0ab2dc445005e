import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { timesStage } from "./index.js";
import { parsedDoc } from "./test-doc.js";

// The reference article is read at run time from the shared folder (never copied into the repo).
const SEED = fileURLToPath(new URL("../../../../../shared/seed/000_69dea6fa310e0472.txt", import.meta.url));

describe("reference article with the real segment and syntax stages", {
  skip: !existsSync(SEED) && "shared seed article not present",
}, () => {
  const text = existsSync(SEED) ? readFileSync(SEED, "utf8") : "";
  const doc = timesStage.run(parsedDoc(text, "2021-03-18T15:34:00+08:00"), { timezone: "Asia/Shanghai" });
  const got = (doc.times ?? []).map((t) => [doc.text.slice(t.start, t.end), t.value] as const);

  it("resolves the expressions issue 4 names", () => {
    const expect: Array<[string, string]> = [
      ["March 22 and 23", "2021-03-22/2021-03-23"],
      ["Thursday", "2021-03-18"],
      ["Tuesday", "2021-03-16"],
      ["Friday", "2021-03-12"],
      ["2020", "2020"],
      ["2021", "2021"],
      ["20 years since", "2001"],
    ];
    for (const pair of expect)
      assert.ok(
        got.some(([t, v]) => t === pair[0] && v === pair[1]),
        `${pair.join(" = ")} in ${JSON.stringify(got)}`,
      );
    const signing = doc.tokens?.findIndex((t) => doc.text.slice(t.start, t.end) === "signing");
    assert.equal(doc.times?.find((t) => t.value === "2001")?.anchor, signing);
  });

  it("never puts a yearless date of the story in another year", () => {
    for (const [t, v] of got) {
      if (v === null || /^\d{4}$/.test(t) || t.includes("years")) continue;
      assert.ok(v.startsWith("2021-03"), `${t} = ${v}`);
    }
  });

  it("finds no date in the 2+2 dialogue", () => {
    assert.ok(!got.some(([t]) => t.includes("2+2")));
  });
});
