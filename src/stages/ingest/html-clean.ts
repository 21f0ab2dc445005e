import type { Block } from "./html-text.js";

/** Short blocks matching these are page furniture, not article text. */
const BOILERPLATE = [
  /^advertisement$/i,
  /^(?:story continues|article continues) below/i,
  /^(?:share|share this|share on|tweet|email|print|comments?)\b.{0,40}$/i,
  /^(?:sign up|subscribe|newsletter|follow us|follow @|like us on)\b/i,
  /\b(?:subscribe to|sign up for)\b.{0,60}\bnewsletter/i,
  /^(?:read more|related|recommended|more from|see also|most popular|trending)\b.{0,80}$/i,
  /^(?:image|photo|picture)(?: caption| source)?\s*[:,]/i,
  /\b(?:photo|image|picture)\s*:\s*[^.]{1,60}$/i,
  /^(?:©|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^(?:click here|tap here)\b/i,
  /^(?:published|updated|posted|last (?:updated|modified))\b.{0,60}$/i,
  /^(?:this (?:article|story) (?:was|has been) (?:updated|corrected))\b.{0,80}$/i,
];
const MAX_BOILERPLATE = 160;
/** A byline near the top: "By Jane Doe", "By Jane Doe · March 3, 2024". */
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*(?:[,·|•—–-]|and)\s*.*)?$/u;

/**
 * Drops boilerplate blocks, a leading byline and a leading headline equal to the title; returns paragraph texts.
 */
export function cleanBlocks(blocks: readonly Block[], title: string | null): string[] {
  const out: string[] = [];
  const titleKey = title ? key(title) : null;
  for (const b of blocks) {
    const t = b.text;
    if (t.length <= MAX_BOILERPLATE && BOILERPLATE.some((re) => re.test(t))) continue;
    if (out.length === 0 && titleKey && /^h[1-6]$|^p$/.test(b.tag) && key(t) === titleKey) continue;
    if (out.length < 3 && t.length < 120 && BYLINE.test(t)) continue;
    if (out.length > 0 && out[out.length - 1] === t) continue;
    out.push(t);
  }
  return out;
}

function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
