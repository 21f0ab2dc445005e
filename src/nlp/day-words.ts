/** Words that name a day by itself, as news uses them for the time of an act ("met Tuesday", "said today"). */
export const DAY_WORDS: ReadonlySet<string> = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "today",
  "yesterday",
  "tonight",
]);
