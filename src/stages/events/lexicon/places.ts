import { readFileSync } from "node:fs";
import { attacheError } from "../../../errors/catalogue.js";
import { tsvRows } from "./parse.js";
import type { Place } from "./schema.js";

/** name, ISO 3166-1 alpha-3, latitude, longitude (one pattern: gazetteer files run to 10,000 rows). */
const ROW = /^[^\t]+\t[A-Z]{3}\t-?\d{1,2}(\.\d+)?\t-?\d{1,3}(\.\d+)?$/;

/** The places of one gazetteer*.tsv file, validated row by row (E_LEXICON names file and line). */
export function placeRows(path: string): Place[] {
  return tsvRows(readFileSync(path, "utf8")).map(({ line, cells }) => {
    const [name = "", country = "", lat = "", lon = ""] = cells;
    const la = Number(lat);
    const lo = Number(lon);
    if (!ROW.test(cells.join("\t")) || Math.abs(la) > 90 || Math.abs(lo) > 180) {
      throw attacheError(
        "E_LEXICON",
        { input: path, line },
        "expected: name, ISO 3166-1 alpha-3 code, latitude (-90..90), longitude (-180..180)",
      );
    }
    return { name, country, lat: la, lon: lo };
  });
}
