/**
 * The span that may open a phrase timing one event by another, before its "after", "before" or
 * "when": how long ("days", "two years", "a few weeks", "minutes") or how closely ("just",
 * "shortly", "long", "barely", "just days"), as a regex source that ends on a space and is
 * optional as a whole. which-first.ts (a leading date timed by another event, no event of its
 * own) and main-clause.ts (a clause that times the main one, no main verb) read it both, so the
 * two lists cannot drift apart (the dev155 reader's R1 on "Days after Warsaw Pact troops ...").
 */
export const TIME_SPAN_BEFORE = String.raw`(?:(?:just|only|barely|shortly|soon|long|some|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s)?(?:(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\s)?`;
