import { ORG_SUFFIX, type Fact } from './facts';
import { isFirstName, registeredFirstName } from './lexicon';

// the last word of a business's name that `ORG_SUFFIX` leaves out, a plural of its trade no one's
// surname is ("Westbury Homes", "Hartwell Renewables")
const TRADE_END = /^(?:homes|renewables|chemicals|metals|electronics|beverages|textiles|plastics|estates|lettings|developers|interiors|robotics|automotive|aviation|fisheries|seafoods?|bakeries|pharmacies|healthcare|diagnostics|semiconductors|analytics|payments|cosmetics|apparel|shipyards|steelworks|packaging|haulage|recycling|waste|infrastructure|agri|agritech|fintech|telecoms|motorsport)$/i;

// a kind of business, written in apposition with its name ("The company, Arlo Trading, said"; "Arlo
// Trading, a Leeds firm"): no person is one
const COMPANY_NOUN = String.raw`(?:company|firm|retailer|supermarket|chain|lender|insurer|airline|manufacturer|carmaker|automaker|housebuilder|conglomerate|multinational|start-?up|subsidiary|brand|business|utility)`;
// a part played by a company or a person alike ("The developer, X," may be a property developer's own name), read only of a name no given name opens
const PARTY_NOUN = String.raw`(?:developer|applicant|operator|contractor|builder|supplier|producer|publisher|broadcaster|owner|buyer|bidder)`;
// plural nouns of businesses before a list of them ("chocolate makers including X and Y", "lenders such as X")
const TRADES = String.raw`(?:companies|firms|makers|\p{Ll}+makers|manufacturers|producers|processors|grinders|traders|exporters|importers|retailers|supermarkets|chains|brands|lenders|banks|insurers|airlines|carriers|operators|suppliers|developers|housebuilders|groups|giants|multinationals|conglomerates|utilities|buyers)`;
// a name as a list writes it: capitalised words, "&" allowed inside
const LISTED = String.raw`\p{Lu}[\p{L}\p{M}’'&.-]*(?:\s(?:\p{Lu}[\p{L}\p{M}’'&.-]*|&))*`;
const TRADE_LIST = new RegExp(String.raw`\b${TRADES}\s(?:including|such as|like|among them),?\s((?:${LISTED}(?:,\s(?:and\s)?|\sand\s|\sor\s))*${LISTED})`, 'gu');
// a company's possessions no person has ("its shares", "the board")
const OWNED = String.raw`(?:shares|share price|shareholders|stock|market value|headquarters|chief executive|board|subsidiary|(?:\p{Ll}+\s)?director|chairman|chairwoman)`;
// what `personBodies` reads before and after each place a name stands
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s$/;
const PERSON_AFTER = /^,\s(?:\d{1,3},|who\s)/;
// a modifier of the appositive's noun, never a preposition that makes the noun another's ("a broker with a firm", "the head of the company")
const MODIFIER = String.raw`(?!(?:with|at|for|of|from|in|on|by|to|and|or|who|that)\s)[\p{L}-]+\s`;
const COMPANY_BEFORE = new RegExp(String.raw`(?<!\b(?:of|at|for|with|from|by|to|in)\s)\b[Tt]he\s(?:${MODIFIER}){0,2}${COMPANY_NOUN},\s(?:[\p{L}-]+-based\s)?$`, 'u');
const PARTY_BEFORE = new RegExp(String.raw`(?<!\b(?:of|at|for|with|from|by|to|in)\s)\b[Tt]he\s(?:${MODIFIER}){0,2}${PARTY_NOUN},\s(?:[\p{L}-]+-based\s)?$`, 'u');
// an appositive closes on a comma or a point, or goes on to say which ("a Leeds firm that makes ...");
// "Founded by Gunnar Lindqvist, the company employs ..." is the next clause's subject
const COMPANY_AFTER = new RegExp(String.raw`^,\s(?:the|an?)\s(?:${MODIFIER}){0,3}${COMPANY_NOUN}(?=[,.;]|\s(?:that|which|whose|behind|based|in|of|from|with)\b)`, 'u');
// "Analysts at the broker Arkwright Saunders", "an economist at Kellner Baird": the people who work at a name make it their employer's,
// whatever its look (two surnames, a given name first: "strategists at Morgan Stanley")
const STAFF_AT_BEFORE = new RegExp(String.raw`\b(?:analysts?|economists?|strategists?|researchers?|scientists?|traders?|bankers?|lawyers?|solicitors?|accountants?|auditors?|consultants?|staff|employees|workers|executives?|engineers?|partners?|a\snote\sfrom)\s(?:at|from)\s(?:the\s(?:${MODIFIER}){0,3})?$`, 'iu');
// "the broker Arkwright Saunders", "the consultancy Hale Marsh": a kind of firm written right before its name, read only of a name no given name opens
const FIRM_NOUN = String.raw`(?:broker|brokerage|stockbroker|bank|investment\sbank|consultancy|law\sfirm|accountancy|accountancy\sfirm|auditor|agency|asset\smanager|research\shouse|think-?tank|charity|lobby\sgroup|campaign\sgroup|pressure\sgroup|trade\sbody|regulator)`;
const FIRM_BEFORE = new RegExp(String.raw`\b[Tt]he\s(?:${MODIFIER}){0,2}${FIRM_NOUN}\s$`, 'u');
const OWNS_AFTER = new RegExp(String.raw`^(?:[’']s?)?\s${OWNED}\b`, 'u');
const SHARES_BEFORE = /\bshares\s(?:in|of)\s$/;
// "Ashworth host leaders Portland Vale", "face champions Harlow Cross": a word only a team is, before its name
const TEAM_BEFORE = /\b(?:(?:league|table|group|division)\s)?(?:leaders|champions|holders|hosts|visitors|rivals|strugglers|outfit|high-flyers|promotion-chasers|title-chasers)\s$/;
// "Woonstad Maasoever said it planned to ...": a name that reports its own intent as "it" speaks for a body; a
// person's own plan is "he planned", while "said it would take years" or "said it was a shame" is said of a thing
const SAID_IT_AFTER = /^\s(?:said|says|added)\sit\s(?:expected|expects|planned|plans|intended|intends|hoped|hopes|aimed|aims|wanted|wants|was\s(?:disappointed|pleased|delighted|committed|confident|reviewing|considering|cooperating|co-operating|working\swith|in\stalks)|would\s(?:appeal|cooperate|co-operate|contest|comply|respond))\b/;
const LETTER = /[\p{L}\p{M}’'-]/u;

/**
 * Names the first pass of `extractFacts` typed as a person's that the article shows to be a
 * company's or a body's: a trade's plural as the last word ("Westbury Homes", "Hartwell
 * Renewables"), or an organisation's word (`ORG_SUFFIX`); the name in apposition with a kind of
 * business ("The company, Arlo Trading, said", "Arlo Trading, a Leeds firm"; "The developer,
 * Westbury Homes," where no given name opens it); the name listed after a plural of businesses
 * ("chocolate makers including Barry Callebaut and Mondelez", a company with a given name's look);
 * the name the article's analysts or staff work at ("Analysts at the broker Arkwright Saunders"), or
 * one a kind of firm is written right before, where no given name opens it ("the broker Arkwright Saunders");
 * owning what only a company has ("Westbury Homes' planning director", "shares in Arlo"); or, where no
 * given name opens it, saying "it" planned, expected or would appeal ("Woonstad Maasoever said it planned to ..."); or after a word
 * only a team is, where no given name opens it ("host leaders Portland Vale").
 * A name with a person's mark anywhere (a courtesy title before it, an age or "who" after it) is
 * never one. Such a name is never a speaker to ask about nor a person option beside people
 * (QUALITY.md R8: "Westbury Homes" and "Barry Callebaut" offered as who said a quote). Takes the
 * sentences' texts and their first-pass facts; returns the names as written.
 */
export function personBodies(sentences: readonly string[], facts: readonly (readonly Fact[])[]): Set<string> {
	const out = new Set<string>();
	const names = new Set(facts.flat().flatMap((f) => (f.type === 'person' ? [f.text] : [])));
	if (names.size === 0) return out;
	const text = sentences.join('\n');
	// "Lenders such as ...": a sentence's capital is no part of the trade's word
	const lowered = sentences.map((t) => t.replace(/^\p{Lu}/u, (c) => c.toLowerCase())).join('\n');
	const listed = new Set([...lowered.matchAll(TRADE_LIST)].flatMap((m) => m[1].split(/,\s(?:and\s)?|\sand\s|\sor\s/)));
	for (const name of names) {
		const words = name.split(' ');
		const given = isFirstName(words[0]) || registeredFirstName(words[0]);
		let body = (words.length > 1 && (TRADE_END.test(words.at(-1)!) || ORG_SUFFIX.test(words.at(-1)!))) || listed.has(name);
		// each place the name stands is read with patterns that end or start there, the same for every name
		for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
			const [before, after] = [text.slice(Math.max(0, i - 60), i), text.slice(i + name.length, i + name.length + 60)];
			if (LETTER.test(before.slice(-1)) || /^[\p{L}\p{M}-]/u.test(after)) continue;
			if (TITLE_BEFORE.test(before) || PERSON_AFTER.test(after)) {
				body = false;
				break;
			}
			if (COMPANY_BEFORE.test(before) || (STAFF_AT_BEFORE.test(before) && !/^[’']s\b/.test(after)) || (!given && (PARTY_BEFORE.test(before) || TEAM_BEFORE.test(before) || FIRM_BEFORE.test(before))) || COMPANY_AFTER.test(after) || OWNS_AFTER.test(after) || (!given && SAID_IT_AFTER.test(after)) || SHARES_BEFORE.test(before)) body = true;
		}
		if (body) out.add(name);
	}
	return out;
}
