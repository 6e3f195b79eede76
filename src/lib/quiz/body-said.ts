/**
 * Statements an organisation makes ("The Housing Federation said rents had risen ...", "Three
 * flights were cancelled, Skyway Air said."), asked true/false with another organisation of the
 * same kind as the false sayer. Options for a who-said item with several organisations mixed
 * aliases ("PG&E" / "Pacific Gas & Electric"), places and people on real copy; one false sayer
 * checked for kind and alias is within reach (QUALITY.md R3, R8).
 */

/** An organisation's statement found in a sentence by `bodyStatement`. */
export interface BodyStatement {
	/** The organisation's name as written, without a leading "the". */
	name: string;
	/** Whether the sentence writes "the" before the name. */
	the: boolean;
	/** Offsets of `name` in the sentence (UTF-16 code units). */
	start: number;
	end: number;
	/** The verb of saying, as written ("said", "warned"). */
	verb: string;
	/** What it said: a reported clause with a lower-case opening. */
	statement: string;
}

const NAME = String.raw`\p{Lu}[\p{L}\p{M}.&'’-]*(?: (?:of|for|and|&|on|\p{Lu}[\p{L}\p{M}.&'’-]*))*?(?: \p{Lu}[\p{L}\p{M}.&'’-]*)?`;
const VERB = String.raw`said|says|warned|argued|announced|confirmed|insisted|stressed|claimed`;
/** "But the Housing Federation said that ...": a name opening the sentence and a verb of saying. */
const LEADING = new RegExp(String.raw`^(?:(?:But|However|Meanwhile|And),? )?([Tt]he )?(${NAME}) (${VERB}) (?:that )?(\p{Ll}[^;:]*?)[.!]$`, 'u');
/** "Three flights were cancelled, Skyway Air said.": the name after the statement. */
const TRAILING = new RegExp(String.raw`^(.+?), (the )?(${NAME}) (said|says)\.$`, 'u');
/** Openings of a reported clause that stay common words when lower-cased ("One of the men ..."). */
const PLAIN_OPENING = /^(?:The|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|About|Around|Nearly|Almost|More|Most|Some|All|Only|No|Several|Many|Few|Every|Each)\s/;

/**
 * The statement an organisation makes in `text`: the name opens the sentence and a verb of
 * saying follows, or a reported clause comes first and "Name said." ends the sentence. Undefined
 * for any other shape (quotes included); whether the name is an organisation is the caller's to
 * judge.
 */
export function bodyStatement(text: string): BodyStatement | undefined {
	const lead = LEADING.exec(text);
	if (lead) {
		const start = text.indexOf(lead[2], lead[0].indexOf(lead[2]));
		return { name: lead[2], the: lead[1] !== undefined, start, end: start + lead[2].length, verb: lead[3], statement: lead[4] };
	}
	const trail = TRAILING.exec(text);
	if (!trail || /[“”"]/.test(trail[1]) || !PLAIN_OPENING.test(trail[1])) return undefined;
	const start = text.lastIndexOf(trail[3]);
	return { name: trail[3], the: trail[2] !== undefined, start, end: start + trail[3].length, verb: trail[4], statement: trail[1][0].toLowerCase() + trail[1].slice(1) };
}

/**
 * Does a reported statement read as the organisation's own, whole, in a stem? Six words at
 * least, no personal pronoun (which would mean someone else; "its" and a plural noun's "their"
 * are its own), and no second clause with a subject of its own (", while ...", "; ...").
 */
export function ownStatement(statement: string): boolean {
	const unquoted = statement.replace(/“[^”]*”|"[^"]*"/g, '');
	const theirOwn = /\b\p{Ll}+s\b.*\btheir\b/u.test(unquoted) && !/\btheir\b.*\btheir\b/.test(unquoted);
	return statement.split(/\s+/).length >= 6 && !/\b(?:he|she|him|his|her|hers|they|them|we|our|us|I|my)\b/i.test(unquoted) && (theirOwn || !/\btheir\b/i.test(unquoted)) && !/,\s(?:while|whereas|and|but)\s|;/.test(statement);
}

/** The noun that heads an organisation's name: the word before "of" ("Royal College of Nursing" → college), else its last word. */
function headOf(name: string): string {
	const words = name.split(' ');
	const of = words.indexOf('of');
	return (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase().replace(/[.,]$/, '');
}

const KIND_BY_HEAD: [RegExp, string][] = [
	[/^(?:police|constabulary)$/, 'police'],
	[/^council$/, 'council'],
	[/^court$/, 'court'],
	[/^(?:department|ministry|office|agency|commission|authority|board|bureau|directorate|administration|regulator)$/, 'agency'],
	[/^(?:association|college|federation|union|society|confederation|chamber)$/, 'association'],
	[/^(?:university)$/, 'university'],
	[/^(?:party)$/, 'party'],
	[/^(?:inc|corp|corporation|ltd|plc|nv|llc|ag|sa|gmbh|company|group|foods|brands|holdings|bank|airlines|airways|motors|industries|fisheries|creameries|securities|capital|energy|pharmaceuticals|technologies)$/, 'company']
];

/** Nouns the article writes before a name ("the airline X", speakers.ts `organisationKinds`) that make it a business. */
const BUSINESS_NOUN = /^(?:grocer|retailer|supermarket|chain|bank|lender|firm|carmaker|airline|carrier|insurer|developer|housebuilder|broadcaster|publisher|maker|chipmaker|operator|startup|conglomerate|brand|subsidiary|app|platform|network|utility|supplier|manufacturer|miner|producer|distributor)$/;

/**
 * The kind of body a name is, by the noun that heads it ("Thames Valley Police" → police, "Royal
 * College of Nursing" → association, "Halvern Foods" → company) or the noun the article writes
 * before it (`stated`: "grocer" → company); undefined when neither says. A false sayer is of the
 * key's kind: a regulator for a regulator, a company for a company (QUALITY.md R8).
 */
export function bodyKind(name: string, stated: string | undefined): string | undefined {
	const head = headOf(name);
	for (const [re, kind] of KIND_BY_HEAD) if (re.test(head)) return kind;
	if (stated === 'union') return 'association';
	return stated && BUSINESS_NOUN.test(stated) ? 'company' : undefined;
}

const GENERIC = /^(?:The|Of|And|For|On|National|Royal|British|American|European|International|Federal|State|City|County|Borough|District|Regional|General|Police|Council|Court|Department|Ministry|Office|Agency|Commission|Authority|Board|Association|College|Federation|Union|Society|University|Party|Company|Group|Inc|Ltd|Plc|Corp|NV|LLC|Bank)$/;

/**
 * May two organisation names be one body, so that neither is a false sayer of the other's
 * statement? One inside the other ("Verstegen" / "Verstegen NV"), one the initials of the other
 * ("PG&E" / "Pacific Gas & Electric"), or a distinctive word in common ("Halvern" / "Halvern
 * Foods Inc"); words that only say where or what a body is ("Kenya", "National", "Board") are no
 * such word (`isPlace` judges a word a place).
 */
export function mayBeAlias(a: string, b: string, isPlace: (word: string) => boolean): boolean {
	const [x, y] = [a.toLowerCase(), b.toLowerCase()];
	if (x.includes(y) || y.includes(x)) return true;
	const initials = (n: string) => n.split(/[\s&-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
	const letters = (n: string) => n.replace(/[^\p{Lu}]/gu, '');
	if ((/^[\p{Lu}&.]{2,8}$/u.test(a) && letters(a) === initials(b)) || (/^[\p{Lu}&.]{2,8}$/u.test(b) && letters(b) === initials(a))) return true;
	const distinctive = (n: string) => n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !GENERIC.test(w) && !isPlace(w));
	const other = new Set(distinctive(b));
	return distinctive(a).some((w) => other.has(w));
}

const BODY_NAME = /(?<![\p{L}\p{M}’'&.-])(?:([Tt]he) )?(\p{Lu}[\p{L}\p{M}’'&.-]*(?:(?: (?:of|for|and|&))? \p{Lu}[\p{L}\p{M}’'&.-]*)+)/gu;

/**
 * The names of two words or more in a text whose head noun names a kind of body ("the Royal
 * College of Surgeons", "Kenya Dairy Board"), each with whether the text writes "the" before
 * it: organisations the article names that its facts may not type, for `bodyKind` to match
 * against a speaker's kind.
 */
export function namedBodies(text: string): Map<string, boolean> {
	const bodies = new Map<string, boolean>();
	for (const m of text.matchAll(BODY_NAME)) {
		const name = m[2].replace(/[.,]$/, '');
		if (!bodies.has(name) && bodyKind(name, undefined) !== undefined) bodies.set(name, m[1] !== undefined);
	}
	return bodies;
}
