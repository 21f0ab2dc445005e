import type { Rule } from "./rule.js";
import { calendarRules } from "./rules-calendar.js";
import { relativeRules } from "./rules-relative.js";
import type { Vocab } from "./vocab.js";

const cache = new WeakMap<Vocab, Rule[]>();

/** All recognition rules, in priority order (earlier wins a tie on span length). */
export function rulesFor(v: Vocab): Rule[] {
  let rules = cache.get(v);
  if (!rules) {
    rules = [...calendarRules(v), ...relativeRules(v)];
    cache.set(v, rules);
  }
  return rules;
}
