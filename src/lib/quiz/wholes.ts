import { NUMBER_WORDS, numberWordValue } from './facts';
import { keptPerText } from './words';

// the nouns that count the places of one body: its seats, or the members who fill them ("a nine-seat council",
// "the 11-member board", "four of its 15 councillors")
const PLACES = /^(?:seats?|members?|councill?ors?|mps|deputies|deputy|representatives?|lawmakers?|legislators?|senators?|jurors?|directors?|trustees?|ministers?)$/i;
// the nouns that count a squad or team's players
const PLAYERS = /^(?:players?|footballers?|cricketers?|athletes?)$/i;
// the bodies whose size in places "has 11 seats", "a board of seven" gives
const BODIES = String.raw`council|parliament|assembly|board|chamber|legislature|senate|committee|cabinet|panel|jury|bench|executive`;
const SQUADS = String.raw`squad|team|roster|line-up|lineup|side`;
const N = String.raw`(\d{1,4}|${[...NUMBER_WORDS].reverse().join('|')})`;

/** What a count's noun counts, for `sizedWholes`: 'places' of a body, 'players' of a squad, else the noun itself, singular and lower case. */
function familyOf(noun: string): string {
	if (PLACES.test(noun)) return 'places';
	if (PLAYERS.test(noun)) return 'players';
	return noun.toLowerCase().replace(/s$/, '');
}

// the words that may follow "a squad of 23" when it counts its players unsaid; "a team of 40 volunteers" counts no players
const UNSAID_AFTER = /^(?:was|were|is|are|has|had|will|for|to|and|that|which|who|in|at|on)$/i;
// a squad or team, whose size counts players
const SQUAD = new RegExp(`^(?:${SQUADS})$`, 'i');

/** A number written in figures or as a word from two to twenty; undefined for any other. */
function valueOf(written: string): number | undefined {
	return /^\d/.test(written) ? Number(written) : numberWordValue(written);
}

// "a nine-seat council", "the 11-member board"
const HYPHENED_PLACES = new RegExp(String.raw`\b${N}-(?:seat|member)\b`, 'gi');
// "a 23-man squad", "the 15-strong squad", "a 12-strong board"
const HYPHENED_STRONG = new RegExp(String.raw`\b${N}-(?:man|woman|player|strong)\s(?:[\p{L}-]+\s)?(${SQUADS}|${BODIES})\b`, 'giu');
// "four of the nine seats", "two of its 15 councillors": the number after "of the" is a whole of its noun
const OF_THE = new RegExp(String.raw`\b(?:\d{1,4}|${NUMBER_WORDS.join('|')}|one|all|none|each)\s(?:of|from)\s(?:the|its|their|his|her|our)\s${N}\s([\p{L}]+)\b`, 'giu');
// "the council has 11 seats", "a board of seven members", "a squad of 23"
const BODY_OF = new RegExp(String.raw`\b(${BODIES}|${SQUADS})\s(?:has|had|have|of|with|comprises|comprising|made\sup\sof)\s${N}(?:\s([\p{L}]+))?\b`, 'giu');

/**
 * Every whole the text sizes, as its family (`familyOf`: 'places', 'players' or a noun) and its
 * size: "the nine-seat council" and "four of the nine seats" size places at 9, "a squad of 23"
 * players at 23, "two of the 12 jurors" jurors at 12. Takes an article's body text; returns the
 * sizes by family, each list in the order found. Kept per text, as each candidate of an article asks.
 */
const sizedWholes = keptPerText(readSizedWholes, 64);

/** `sizedWholes`, read afresh. */
function readSizedWholes(text: string): Map<string, number[]> {
	const out = new Map<string, number[]>();
	const add = (family: string, written: string) => {
		const size = valueOf(written);
		if (size === undefined || size < 2) return;
		out.set(family, [...(out.get(family) ?? []), size]);
	};
	for (const m of text.matchAll(HYPHENED_PLACES)) add('places', m[1]);
	for (const m of text.matchAll(HYPHENED_STRONG)) add(SQUAD.test(m[2]) ? 'players' : 'places', m[1]);
	for (const m of text.matchAll(OF_THE)) add(familyOf(m[2]), m[1]);
	for (const m of text.matchAll(BODY_OF)) {
		const family = SQUAD.test(m[1]) ? 'players' : 'places';
		// "a board of seven members", "the council has 11 seats"; "a squad of 23 was named" counts its players unsaid
		if (m[3] !== undefined && familyOf(m[3]) === family) add(family, m[2]);
		else if (family === 'players' && (m[3] === undefined || UNSAID_AFTER.test(m[3]))) add(family, m[2]);
	}
	return out;
}

/**
 * The most a count of a body's places, a squad's players or another sized noun can be, by the
 * wholes the article sizes (`sizedWholes`): on "a nine-seat council" no party "lost eleven
 * seats" (a dev156s reader's R8), in "a squad of 23" no "25 players" were injured. Takes the
 * article's body text, the count's noun and its value; returns the largest whole of its family
 * above the key (inclusive ceiling), or undefined when the article sizes none above it (the
 * key may be the whole itself, or a part of another body the article does not size).
 */
export function wholeCeiling(text: string, noun: string | undefined, key: number): number | undefined {
	if (!noun) return undefined;
	const sizes = sizedWholes(text).get(familyOf(noun))?.filter((s) => s > key) ?? [];
	return sizes.length === 0 ? undefined : Math.max(...sizes);
}
