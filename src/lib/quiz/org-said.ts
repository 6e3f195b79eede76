/**
 * Statements an organisation makes ("The Housing Federation said rents had risen ...",
 * "Three flights were cancelled, Skyway Air said."): the who-said items whose speaker is a body,
 * not a person, which the person-only attribution of facts.ts leaves unasked (issue 3: "who said
 * it: the attribution of a statement or a quote").
 */

/** An organisation's statement found in a sentence by `orgStatement`. */
export interface OrgStatement {
	/** The organisation's name as written, without a leading "the". */
	name: string;
	/** Offsets of `name` in the sentence (UTF-16 code units). */
	start: number;
	end: number;
	/** The verb of saying, as written ("said", "warned"). */
	verb: string;
	/** What it said: a reported clause with a lower-case opening, or a whole quote in its marks removed. */
	statement: string;
	/** True when `statement` is a direct quote (asked whole, as the speaker's own words). */
	quote: boolean;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{M}.&'’-]*(?: (?:of|for|and|&|on|\p{Lu}[\p{L}\p{M}.&'’-]*))*?(?: \p{Lu}[\p{L}\p{M}.&'’-]*)?`;
const VERB = String.raw`said|says|warned|argued|added|announced|confirmed|insisted|stressed|claimed`;
/** "But the Housing Federation (HF), the sector's body, said that ...": a name opening the sentence, an optional acronym and aside, a verb of saying. */
const LEADING = new RegExp(String.raw`^(?:(?:But|However|Meanwhile|And),? )?(?:[Tt]he )?(${NAME})(?: \(\p{Lu}{2,6}\))?(?:, [^,;"“”()]{3,80},)? (${VERB}) (?:that )?(\p{Ll}[^;:]*?)[.!]$`, 'u');
/** "Three flights were cancelled, Skyway Air said." / "“...,” the Housing Federation said.": the name after the statement. */
const TRAILING = new RegExp(String.raw`^(.+?),?([”"]?),? (?:the )?(${NAME}) (said|says|added)\.$`, 'u');
/** Openings of a reported clause that stay common words when lower-cased ("One of the men ..."). */
const PLAIN_OPENING = /^(?:The|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|About|Around|Nearly|Almost|More|Most|Some|All|Only|No|Several|Many|Few|Every|Each|Its)\s/;

/**
 * The statement an organisation makes in `text`, in one of two forms: the name opens the
 * sentence and a verb of saying follows (with an optional "(ACRONYM)" and an aside between
 * commas), or the statement comes first and "Name said." ends the sentence. Returns undefined
 * for any other shape; whether the name is an organisation is the caller's to judge.
 */
export function orgStatement(text: string): OrgStatement | undefined {
	const lead = LEADING.exec(text);
	if (lead) {
		const start = text.indexOf(lead[1]);
		return { name: lead[1], start, end: start + lead[1].length, verb: lead[2], statement: lead[3], quote: false };
	}
	const trail = TRAILING.exec(text);
	if (!trail) return undefined;
	const [, said, close, name, verb] = trail;
	const start = text.lastIndexOf(name);
	const quoted = /^[“"](.+?)[,.]?$/.exec(said);
	if (close) return quoted && !/[“”"]/.test(quoted[1]) ? { name, start, end: start + name.length, verb, statement: quoted[1], quote: true } : undefined;
	if (/[“”"]/.test(said) || !PLAIN_OPENING.test(said)) return undefined;
	return { name, start, end: start + name.length, verb, statement: said[0].toLowerCase() + said.slice(1), quote: false };
}

/**
 * Does a reported statement read as the organisation's own, whole, in a stem? It has six words
 * at least, no personal pronoun (which would mean someone else) but a "their" after a plural noun of its own, and no second clause with a
 * subject of its own ("..., while ...", "; ...") that the organisation may not have said.
 */
export function ownStatement(statement: string): boolean {
	const unquoted = statement.replace(/“[^”]*”|"[^"]*"/g, '');
	// "their" after a plural noun of the clause is that noun's ("nurses ... their last shift")
	const theirOwn = /\b\p{Ll}+s\b.*\btheir\b/u.test(unquoted) && !/\btheir\b.*\btheir\b/.test(unquoted);
	return statement.split(/\s+/).length >= 6 && !/\b(?:he|she|him|his|her|hers|they|them|we|our|us|I|my)\b/i.test(unquoted) && (theirOwn || !/\btheir\b/i.test(unquoted)) && !/,\s(?:while|whereas|and|but)\s|;/.test(statement);
}
