import type { Doc } from "../../doc/doc.js";
import { withLayers } from "../../doc/doc.js";
import type { Mention } from "../../doc/layers/mentions.js";
import type { Stage } from "../../pipeline/stage.js";
import { actorLexicon } from "../actors/lexicon/index.js";
import { findChunks } from "./chunks.js";
import { makeCtx } from "./context.js";
import { classifyChunk } from "./names.js";
import { findNominals, findPronouns } from "./nominals.js";
import { appositiveRole, precedingRole } from "./roles.js";

/** Detect named, nominal, pronoun and title mentions, sorted by position. */
export function detectMentions(doc: Doc): Mention[] {
  const ctx = makeCtx(doc, actorLexicon());
  const names: Mention[] = [];
  for (const chunk of findChunks(ctx)) names.push(...classifyChunk(ctx, chunk));
  const withRoles = names.map((m) => {
    if (m.kind !== "name" || m.type !== "PER" || m.role !== null) return m;
    const role = appositiveRole(ctx, m) ?? precedingRole(ctx, m, names);
    return role === null ? m : { ...m, role, country: role.country, sector: role.sector };
  });
  const surnames = new Set<string>();
  for (const m of withRoles) {
    if (m.kind === "name" && m.type === "PER" && m.endToken - m.firstToken > 1) {
      for (let i = m.firstToken; i < m.endToken; i++)
        surnames.add(doc.text.slice(ctx.tokens[i]?.start, ctx.tokens[i]?.end));
    }
  }
  for (let k = 0; k < withRoles.length; k++) {
    const m = withRoles[k] as Mention;
    if (m.kind === "name" && m.ref === null && m.type !== "PER" && m.endToken - m.firstToken === 1) {
      if (surnames.has(doc.text.slice(m.start, m.end)))
        withRoles[k] = { ...m, type: "PER", sector: null, country: null, place: false };
    }
  }
  // "Fudan University's Center for American Studies": the possessor's country wins
  for (let k = 1; k < withRoles.length; k++) {
    const m = withRoles[k] as Mention;
    const prev = withRoles[k - 1] as Mention;
    const apostrophe = ctx.words[m.firstToken - 1] === "'s" && prev.endToken === m.firstToken - 1;
    if (apostrophe && m.type === "ORG" && prev.type !== "PER" && prev.country !== null && m.ref === null) {
      withRoles[k] = { ...m, country: prev.country };
    }
  }
  const covered = new Set<number>();
  for (const m of withRoles) for (let i = m.firstToken; i < m.endToken; i++) covered.add(i);
  const out = [...withRoles, ...findPronouns(ctx), ...findNominals(ctx, (i) => covered.has(i))];
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export const mentionsStage: Stage = {
  name: "mentions",
  requires: ["sentences", "tokens", "tags"],
  assigns: ["mentions"],
  run(doc: Doc): Doc {
    return withLayers(doc, { mentions: detectMentions(doc) });
  },
};
