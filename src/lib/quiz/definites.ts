import { functionWord, tagged, tagsOf } from './lexicon';
import { nationalFigure } from './scope';
import type { Article, Sentence } from './types';
import { agreeArticle, blankQuotes, keptPerArgs, keptPerText, offsetsBetween } from './words';
import { bodyLines } from './article';

/**
 * Definite noun phrases whose head needs an owner or a complement to say which one is meant
 * (QUALITY.md R4): "The budget closes a $38.6 million gap" (whose budget?), "the rate was just
 * 19%" (which rate, where?), "this year's total" (a total of what?), "Recent editions, staged in
 * Atlanta" (editions of what?), "put a selection on display" (a selection of what?). The
 * headline does not say it, being off screen while an item is open: the blind readers refused
 * "The budget" under "... passes $642M budget". Where the article introduces the thing once, as a name's ("Rochester City
 * Council on Tuesday approved a $642 million budget"), `ownDefinites` writes the owner in
 * ("Rochester City Council's budget"); where the stem still names no owner, `unownedDefinite`
 * says so, for the R4 check to refuse it. Dangling "also" that points back to a statement the
 * stem does not give is dropped (`dropDanglingAlso`).
 */

// heads that are some owner's or something's by their sense: a budget is a body's, a rate or a
// total is of something, an edition is of a series, a period is of a report; the plural forms are
// listed where news copy uses them ("the items", "Recent editions", "the districts that changed");
// "the rest" is what is left of a whole ("Higher international product prices ... accounted for the rest": of the petrol price rise);
// a response is someone's to something ("the speed of the response had been remarkable": a ministry's, to an outbreak;
// the holdout76 reader's R4);
// running costs are an event's or a body's, an application someone's for something ("contributed €40,000 towards the
// running costs": of the Colours Boat Races; "expected to hear the application": KoraBit's, for judicial management; the holdout72 reader's R4);
// a cost is of a thing bought or done, a pressure on someone from something ("paid about €9m of the cost": of a
// renovation; "warned that the pressure would not ease": of rising costs on a budget; the holdout110 and holdout111 readers' R4);
// a member is of a body, a phase or a stage of a programme, a schedule of a service or a course of doses ("the average member
// lost about £7,300": of a pension scheme; "keeping children in the schedule": of vaccinations; the holdout84 and holdout85 readers' R4);
// a partnership, a coalition or an alliance is of parties, a settlement someone's for something, money someone's, a transfer
// of a sum from someone ("giving the partnership a majority": of two lists; "the settlement would mean larger classes": the
// schools' budget; "About €_____ of the money went": stolen from a charity; "The first transfer ... was for £_____": from
// a hospice's account; the dev154, dev155 and dev156s readers' R4);
// a proportion, a percentage or a ratio is of a whole ("At St Aidan's the proportion was 19.6%": of patients
// waiting 12 hours, which only the sentence before said; the holdout181 reader's R4); a share is not among them, as
// a stem most often says what is shared ("Under the herring sharing deal, Finland will receive the largest share")
const RELATIONAL = String.raw`proportion|percentage|ratio|budget|budgets|spending plan|rate|total|tally|increase|hike|overhaul|modelling|modeling|period|collection|editions?|items|apartment|flat|notice|districts?|deficit|shortfall|changes|rest|remainder|running costs|operating costs|application|response|members?|phase|stage|schedule|timetable|cost|costs|pressure|pressures|partnership|coalition|alliance|settlement|money|transfers?`;
// an amount that sizes the head and says no more of whose or of what it is: "the £7.4m cost", "the £_____m cost"
// (a dev157s reader's R4: the cost of what?), "the 3% rate"
const AMOUNT_MODIFIER = String.raw`[$£€]?(?:_____|\d[\d,.]*)(?:m|bn|k|%)?(?: (?:million|billion))? `;
// a sum of money ("£40m", "$_____ million", "2 billion euros") or where money came from ("their pensions", "the grants")
const MONEY_SOURCE = /[$£€¥]\s?(?:\d|_____)|(?:\d|_____)\s?(?:m|bn|million|billion)\b|\b(?:dollars|pounds|euros|pensions?|savings|deposits|grants?|funds|donations|investments|fees|payments|loans|wages|benefits)\b/;
// "About €_____ of ": a sum that is a part of what follows, ending the words before it
const PART_OF = /(?:[$£€¥]\s?)?(?:\d[\d,.]*|_____)(?:\s?(?:m|bn|million|billion))?(?:\s(?:dollars|pounds|euros))?\sof\s$/;

/**
 * Does `before` (a stem's words before "the money") give the sum or the source the money is: "Acme raised £40m ... and
 * said the money would fund", "moved their pensions into a fund, then spent much of the money"? A sum that is only a
 * part of it ("Investigators said £2m of the money") says nothing of whose the whole is. QUALITY.md R4: "the money"
 * needs a referent in the stem (a dev156s reader's R4 on "About €_____ of the money went").
 */
export function moneySaid(before: string): boolean {
	return MONEY_SOURCE.test(before.replace(PART_OF, ''));
}
// what may stand before "cost" or "pressure" as a noun ("the £7.4m total cost"); other words before it make it a verb
// ("the repairs had cost him")
const COST_MODIFIERS = new RegExp(String.raw`^(?:${AMOUNT_MODIFIER})?(?:(?:total|overall|full|final|extra|additional|estimated|rising|mounting|growing|financial|fiscal|political|upward|downward) )?$`, 'u');
// "the", "this year's", or an opening "Recent": a determiner that points back; up to two lower-case
// modifiers or an amount before the head (group 1), the head (group 2)
const DEFINITE = new RegExp(String.raw`(?:(?<![\p{L}\p{M}’'-])(?:[Tt]he|(?:[Tt]his|[Ll]ast|[Nn]ext) year[’']s)|^(?:Recent|Previous|Past|Earlier|Future)) ((?:${AMOUNT_MODIFIER})?(?:[\p{Ll}\d][\p{Ll}\d-]* ){0,2}?)(${RELATIONAL})(?![\p{L}\p{M}’'-])`, 'gu');
// heads that name a kind or a yield of something the sentences before name: "Sales of the genre rose"
// (crime fiction), "expects this year's crop to fall" (of coffee); only an "of" or a noun before
// the head says which ("the coffee crop"), never a place or the body that reports it (strict readers' R4);
// group 1 up to two lower-case modifiers, group 2 the head
const KIND_OF = /(?:(?<![\p{L}\p{M}’'-])(?:[Tt]he|(?:[Tt]his|[Ll]ast|[Nn]ext) (?:year|season)[’']s)) ((?:\p{Ll}[\p{Ll}-]* ){0,2}?)(genre|crops?|harvest)(?![\p{L}\p{M}-])(?! of\b)/gu;
// a crop by name, which a harvest or a crop after it in the same stem is of
const CROP = /(?<![\p{L}\p{M}-])(?:maize|corn|wheat|rice|barley|oats|sorghum|millet|cassava|soya?(?:beans?)?|coffee|cocoa|tea|sugar(?:cane| beet)?|cotton|grapes?|olives?|potatoes|apples|oranges|avocados|bananas|cereals?|grain)(?![\p{L}\p{M}-])/iu;
// "of property taxes", "in Germany", "for 2026", "to quit": a complement that says of what or where
const COMPLEMENT = /^,? (?:of|for|in) (?:the |a |an |its |their )?(?:[\p{L}\d$£€])|^ to (?!the\b|a\b|an\b)\p{Ll}/u;
// "put a selection on display", "a portion was sold": a part of something the stem does not name
const BARE_PART = /(?<![\p{L}\p{M}-])[Aa] (?:selection|portion|fraction|handful)(?! of\b)(?![\p{L}\p{M}-])/u;
// "What followed was ...": what the sentence before told of
const WHAT_FOLLOWED = /^What (?:followed|came next|happened next)\b/;
// "A further 92,700 are waiting": a further number of what the sentence before counted; "A further $_____ billion has
// been earmarked": a further sum of the package the sentence before told of (the holdout73 reader's R4), its blank inside the money
const FURTHER_COUNT = /^(?:A further|Another|An additional) [$£€]?(?:_____|[\d,.]+)(?: ?(?:million|billion|m|bn))?(?: (?:are|were|was|is|has|have|had|will|would|could|may|remain|remained))\b/;

// "Around 310,000 TEU of that was anchored": a demonstrative standing for an amount the sentence before gave (the holdout76 reader's R4)
const OF_THAT = /(?<![\p{L}\p{M}’'-])of (?:that|this|those|these)(?= (?:was|were|is|are|has|have|had|will|would|could|went|came|remain(?:s|ed)?)\b|[,.;:]|$)/u;
// "Australia's government contributed a further $_____": a further sum or count after one the stem does not give (the holdout76 reader's R4);
// "Most of the additional £_____ will go into ...": the same, with "the" (a dev158 reader's R4)
const FURTHER_AMOUNT = /(?<![\p{L}\p{M}’'-])(?:a further|an additional|an extra|the further|the additional|the extra) (?:[$£€]\s?)?(?:_____|\d)/iu;

// "urged Ottawa to act quickly again.": an action repeated, the first time and its object said before
const CLOSING_AGAIN = /(?<![\p{L}\p{M}-])again[.?!]?$/u;

// a stem that opens on a name and its verb: "The Central Bank of Kenya cut", "Heartland has recalled"; group 1 the name
const NAMED_SUBJECT = /^(?:The (?=\p{Lu}))?(\p{Lu}[\p{L}\p{M}’'.&-]*(?: (?:of |and |& )?\p{Lu}[\p{L}\p{M}’'.&-]*)*) (?:(?:has|have|had|will|would|also|\p{Ll}+ly) )?\p{Ll}+\b/u;

/**
 * Does a stem open on a name and its verb: a run of two capitalised words or more ("The Central
 * Bank of Kenya cut"), or one the lexicon does not know as a word ("Heartland recalled"; not
 * "Organizers said", "The budget closes")?
 */
function opensOnName(text: string): boolean {
	const name = NAMED_SUBJECT.exec(text)?.[1];
	if (!name || /^(?:The|A|An|In|At|On|By|For|With|After|Before|But|And|It|He|She|They|We|This|That|These|Those|Their|His|Her|Its|Who|What|How|Where|When|Which|Why)$/.test(name.split(' ')[0])) return false;
	return name.includes(' ') || tagsOf(name.toLowerCase()).length === 0;
}

// the nouns a story calls a body by, with no name
const BODY_NOUN = String.raw`(?:company|firm|group|bank|lender|insurer|airline|carrier|retailer|chain|drugmaker|chipmaker|carmaker|automaker|maker|manufacturer|developer|start-?up|operator|charity|organi[sz]ation|business|giant|conglomerate|producer|fund|publisher|broadcaster|brand|utility|miner|corporation|exchange|platform)`;
// "The New Jersey-based company", "the Seoul-based chipmaker": a body of the story told by where it sits, with no name
// after it; "the Crown utility", "the state-owned miner": one told by who owns it (Hydro-Québec: the holdout72 reader's R4)
const BASED_BODY = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])[Tt]he (?:(?:\p{Lu}[\p{L}\p{M}’'.-]* )*[\p{L}\p{M}.]+-based|Crown|(?:state|government|publicly|family|privately|employee|foreign|Chinese|Russian)[- ](?:owned|run|controlled|backed|held)) (?:[\p{Ll}-]+ ){0,2}?${BODY_NOUN}(?![\p{L}\p{M}-])(?!,? \p{Lu})`, 'u');

/**
 * The body a stem tells of only by where it is based ("The New Jersey-based company is offering
 * _____ pence per Celestra share": Aldenbrook, which the stem never names; the holdout68 reader's
 * R4) or by who owns it ("granted the Crown utility a 10-year operating licence": Hydro-Québec, the
 * holdout72 reader's R4), as written; undefined when there is none. In a takeover story two companies fit, so the
 * R4 check refuses it rather than guess. Quotes are left out.
 */
export function basedBody(stem: string): string | undefined {
	return basedBodyKept(stem);
}
const basedBodyKept = keptPerText(readBasedBody, 4096);

/** `basedBody`, read afresh. */
function readBasedBody(stem: string): string | undefined {
	return BASED_BODY.exec(blankQuotes(stem))?.[0];
}

/** The head's forms a stem may name it by earlier ("rates" before "the rate"). */
function forms(head: string): string[] {
	const last = head.split(' ').at(-1)!;
	return [last, last.endsWith('s') ? last.slice(0, -1) : `${last}s`];
}

/**
 * The definite phrase of a stem whose relational head (`RELATIONAL`) names neither owner nor
 * complement, as written ("The budget", "this year's total", "Recent editions"), a bare part
 * ("a selection"), a further count ("A further 92,700 are"; "contributed a further $1.6 million" where the
 * stem gives no figure before it), a demonstrative for an amount ("of that was queued"), "What followed" or a closing "again" ("urged Ottawa
 * to act quickly again"); undefined when there is none. A
 * phrase is owned when a capitalised word or a possessive stands in it ("the NSW formula", "the
 * city's budget"), a complement or a participle follows ("the rate of inflation", "the increase in fares", "the
 * items taken"), the parties follow a partnership ("the partnership with Acme"), a sum stands before the money
 * ("raised £40m and said the money would"; not "€2m of the money"), the stem opens on an owner's possessive ("The HSE's plan aims to cut the
 * total") or on a name whose verb takes it as object ("The Central Bank of Kenya cut the
 * benchmark rate"; not "Ní Bhriain said the notice ..." nor "... the insurance value of the collection") or names the head before it ("cut rates ..., when the rate stood at"); a head read as
 * a modifier of the noun after it ("the total public debt") is none. "The same period" is
 * left to the R4 check's own rule. Quotes are left out.
 */
export function unownedDefinite(stem: string, national = false): string | undefined {
	return unownedDefiniteKept(stem, national);
}
const unownedDefiniteKept = keptPerArgs(readUnownedDefinite, 4096);

/** `unownedDefinite`, read afresh. */
function readUnownedDefinite(stem: string, national: boolean): string | undefined {
	const text = blankQuotes(stem);
	const again = CLOSING_AGAIN.exec(text.trimEnd());
	if (again) return again[0];
	const followed = WHAT_FOLLOWED.exec(text);
	if (followed) return followed[0];
	const further = FURTHER_COUNT.exec(text);
	if (further) return further[0];
	const part = BARE_PART.exec(text);
	if (part) return part[0];
	const ofThat = OF_THAT.exec(text);
	if (ofThat) return ofThat[0];
	// "UNICEF supplied $2.3 million and Australia contributed a further $900,000": the stem gives the first sum itself
	const more = FURTHER_AMOUNT.exec(text);
	if (more && !/\d|_____/.test(text.slice(0, more.index))) return more[0];
	for (const m of text.matchAll(KIND_OF)) {
		// "the coffee crop", "the crime genre": a noun before the head says what; "this year's poor crop" does not
		if (m[1].split(' ').some((w) => w !== '' && !tagsOf(w).some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative' || t === 'Adverb'))) continue;
		// "will import 300,000 tonnes of wheat after drought cut this season's harvest": the crop the stem has named
		// (a fresh dev story's headline figure was refused so, R4); "the genre" has no such word
		if (m[2] !== 'genre' && CROP.test(text.slice(0, m.index))) continue;
		return m[0];
	}
	for (const m of text.matchAll(DEFINITE)) {
		const [whole, modifiers, head] = m;
		if (/\bsame\b/.test(modifiers)) continue;
		// "the repairs had cost him", "the city now costs €950": "cost" is a verb there, and the words before it no modifiers
		if (/^(?:cost|costs|pressures?)$/.test(head) && (!COST_MODIFIERS.test(modifiers) || /^ (?:about |around |nearly |almost |roughly |some |more than |less than |up to |at least |just |only )?(?:[$£€¥]|\d|_____|him\b|her\b|them\b|us\b|me\b|it\b)/.test(text.slice(m.index + whole.length)))) continue;
		const after = text.slice(m.index + whole.length);
		// "In Ireland, the overall unemployment rate was ...": the country written in as scope owns its figure
		if (national && /^[Tt]he /.test(whole) && nationalFigure(`${modifiers}${head}${after}`)) continue;
		// "the partnership with Acme", "the coalition between the Greens and Labour": the parties it is of are named
		if (/^(?:partnership|coalition|alliance)$/.test(head) && /^ (?:with|between|of) \S/.test(after)) continue;
		// "Acme raised £40m ... and said the money would fund": the sum the stem has given is the money meant
		if (head === 'money' && moneySaid(text.slice(0, m.index))) continue;
		if (COMPLEMENT.test(after) || (head === 'response' && /^ (?:to|from|by) \S/.test(after)) || (/^pressures?$/.test(head) && /^ (?:on|from) \S/.test(after))) continue;
		// "the total public debt": the word is a modifier of the noun after it; "the items taken": a participle says which
		const next = /^ (\p{Ll}+)\b/u.exec(after)?.[1];
		// "the average member lost about £_____": a participle with an amount after it is the phrase's verb
		const verbOfAmount = next !== undefined && /^ \p{Ll}+ (?:about |around |nearly |almost |roughly |some |more than |less than )?(?:[$£€]|\d|_____)/u.test(after);
		if (next && !verbOfAmount && tagsOf(next).some((t) => t === 'Adjective' || t === 'Singular' || t === 'Participle')) continue;
		// "the district heating company", "the rate review panel": the head only modifies a longer compound noun, which
		// the stem read in context ends on a noun; the lexicon alone files "heating" as a gerund, and "council" as nothing
		if (next && !verbOfAmount && nounInContext(text, head, next)) continue;
		const before = text.slice(0, m.index);
		// "The HSE's 2026 plan aims to cut the total": the owner the stem opens on, whose it is
		if (m.index > 0 && /^(?:The )?\p{Lu}[\p{L}\p{M}\d-]*[’']s /u.test(text)) continue;
		// "The Central Bank of Kenya cut the benchmark rate": the name the stem opens on owns the object of its verb;
		// "said the notice was invalid", "estimated the insurance value of the collection" tell of another's
		if (opensOnName(text) && NAMED_SUBJECT.exec(text)![0].length + 1 === m.index && !/\b(?:said|says|told|added|claimed|argued|warned)$/.test(before.trimEnd())) continue;
		if (forms(head).some((f) => new RegExp(String.raw`(?<![\p{L}\p{M}-])${f}(?![\p{L}\p{M}-])`, 'u').test(before.toLowerCase()))) continue;
		return whole.trim();
	}
	return undefined;
}

/**
 * Does the stem's tagger, reading `text` in context, take `next` after the last word of `head` for a noun
 * and not a verb ("heating" of "the district heating company said"; not "rose" of "the rate rose")?
 */
function nounInContext(text: string, head: string, next: string): boolean {
	const last = head.split(' ').at(-1)!;
	const terms = tagged(text);
	const i = terms.findIndex((t, k) => k > 0 && t.text.toLowerCase() === next && terms[k - 1].text.toLowerCase() === last);
	return i > 0 && terms[i].tags.includes('Noun') && !terms[i].tags.includes('Verb');
}

// a name that opens a clause: "Rochester City Council", "Tecla Ltd" (group 1), after a dateline ("TORONTO — ")
// "The Tucson City Council voted ...": a body's name of three words or more may open on "The"
const OPENING_NAME = /^(?:[A-Z]{2,}(?: [A-Z]{2,})* [—–-] )?(?:The (?=(?:\p{Lu}[\p{L}\p{M}&’'-]* ){2}\p{Lu}))?(\p{Lu}[\p{L}\p{M}&’'-]*(?: (?:of |and |& )?\p{Lu}[\p{L}\p{M}&’'-]*){0,4})(?= )/u;
// words that open a sentence, never an owner's name
const NOT_OWNER = /^(?:The|A|An|In|At|On|By|From|For|With|After|Before|But|And|Or|It|Its|He|She|They|We|I|This|That|These|Those|Their|His|Her|Officials|Police|Mr|Mrs|Ms|Dr)\b/;
// what may stand between the opening name and its verb: "on Tuesday night", "late on Monday"
const ADVERBIAL = String.raw`(?:(?:on|late on|early on|last|this) (?:\p{Lu}\p{Ll}+ ?)+(?:(?:night|morning|afternoon|evening) )?)?`;
// the verbs a body adopts or sets out a thing of its own with
// ("voted 5-2 on Tuesday night to approve": a vote that adopts it)
const ADOPTS = String.raw`(?:(?:voted (?:\d+-\d+ |unanimously )?(?:(?:on|late on|early on|last|this) (?:\p{Lu}\p{Ll}+ ?)+(?:(?:night|morning|afternoon|evening) )?)?to (?:approve|adopt|pass))|passe[sd]|pass|approved?s?|adopt(?:s|ed)?|unveil(?:s|ed)?|announce[sd]?|set(?:s)? out|publishe[sd]|present(?:s|ed)?|propose[sd]?|released?|launche[sd]?)`;

/**
 * The owner of a relational head as the article introduces it: the name that opens the title or
 * a sentence up to `sentence` and adopts or sets out "a <head>" ("Rochester City Council on
 * Tuesday night approved a $642 million budget", "Rochester City Council passes $642M budget").
 * A name only the title writes ("Govt") is none. Undefined when no such name does, or two
 * different names do: a pointer is resolved only when exactly one referent fits.
 */
function ownerOf(article: Article, sentences: readonly Sentence[], sentence: Sentence, head: string): string | undefined {
	const owners = new Set<string>();
	// a spending plan is the budget the article tells of adopting
	const last = /^(?:spending plan|budgets?)$/.test(head) ? '(?:budget|spending plan)' : head.split(' ').at(-1)!;
	const adopts = new RegExp(String.raw`^ ${ADVERBIAL}${ADOPTS} (?:(?:an?|its|their) )?(?:(?:[^\s.,;]|[.,](?=\d))+ ){0,3}?${last}\b`, 'u');
	for (const text of [article.title, ...sentences.slice(0, sentence.index + 1).map((s) => s.text)]) {
		const name = OPENING_NAME.exec(text);
		if (!name || NOT_OWNER.test(name[1]) || name[1].endsWith('.')) continue;
		// "Govt proposes W736tr budget": a headline's shorthand the body never writes is no name for a stem
		if (text === article.title && !article.paragraphs.some((p) => p.includes(name[1].replace(/[’']s$/, '')))) continue;
		if (adopts.test(text.slice(name[0].length))) owners.add(name[1].replace(/[’']s$/, ''));
	}
	return owners.size === 1 ? [...owners][0] : undefined;
}

// "a notice of termination stating ...", "the notice to quit arrived": a one-word complement, where the phrase ends
const COMPLEMENT_END = String.raw`(?=[^\s\p{L}\p{M}’'-]|$| \p{Lu}| \p{Ll}+(?:ing|ed)\b| (?:was|were|is|are|had|has|have|will|would|and|or|by|in|on|at|for|from|with|that|which|who|against)\b)`;

/**
 * The one complement the article writes a relational head with, up to and in `sentence`:
 * "notice of termination" for "notice" where the article writes "served a notice of termination";
 * undefined where it writes none, or two ("notice to quit", "notice of appeal"), or a longer one
 * whose end a single word does not mark, or only after words of its own ("the fastest period of retreat").
 */
function complementOf(article: Article, sentences: readonly Sentence[], sentence: Sentence, head: string): string | undefined {
	const last = head.split(' ').at(-1)!;
	const found = new Set<string>();
	// only a head right after its determiner ("served a notice of termination"): one with words of its own before it is
	// another of its kind ("the six years from 2019 to 2025 the fastest period of retreat" is no "the period" of a 30-year
	// survey; a dev157s reader's R4, R6)
	const pattern = new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir) ${last} ((?:of|to) (?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)\p{Ll}+)${COMPLEMENT_END}`, 'gu');
	for (const text of [article.title, ...sentences.slice(0, sentence.index + 1).map((s) => s.text)]) for (const m of text.matchAll(pattern)) found.add(m[1]);
	return found.size === 1 ? [...found][0] : undefined;
}

/** "Canada's", "Rochester City Council's": the possessive of a name, with the article's apostrophe. */
function possessive(name: string, article: Article): string {
	const text = bodyLines(article);
	const apostrophe = (text.match(/\p{L}'s\b/gu) ?? []).length > (text.match(/\p{L}’s\b/gu) ?? []).length ? "'" : '’';
	return name.endsWith('s') ? `${name}${apostrophe}` : `${name}${apostrophe}s`;
}

/**
 * A stem with each unowned "the <head>" (`unownedDefinite`) written with the owner the article
 * introduces it with (`ownerOf`): "The budget closes ..." → "Rochester City Council's budget
 * closes ..."; or, where no owner fits, with the one complement the article writes it with
 * (`complementOf`): "that the notice was invalid" → "that the notice of termination was invalid". Only "the" is replaced ("this year's total" keeps its time, which an owner would
 * not replace); the stem is unchanged where no one owner fits or the stem names it already.
 */
export function ownDefinites(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	let out = stem;
	for (let guard = 0; guard < 3; guard++) {
		const text = blankQuotes(out);
		const phrase = unownedDefinite(text);
		if (!phrase || !/^[Tt]he /.test(phrase)) return out;
		const at = text.indexOf(phrase);
		// a kind's head ("the genre", `KIND_OF`) has no owner the article adopts it with
		const head = new RegExp(String.raw`(${RELATIONAL})$`, 'u').exec(phrase)?.[1];
		if (!head) return out;
		const owner = ownerOf(article, sentences, sentence, head);
		const complement = owner ? undefined : complementOf(article, sentences, sentence, head);
		if ((!owner && !complement) || (owner && out.includes(owner))) return out;
		const owned = owner ? `${possessive(owner, article)} ${phrase.slice(4)}` : `${phrase} ${complement}`;
		const next = `${out.slice(0, at)}${owned}${out.slice(at + phrase.length)}`;
		if (blankQuotes(next).indexOf(phrase) === at && unownedDefinite(next) === phrase) return out;
		out = next;
	}
	return out;
}

// "Carrick also defended ...", "Syrians again made up ...": an "also" or "again" in the stem's first
// clause, after its subject and before its verb, that adds to or repeats a statement the stem does not give
const FIRST_CLAUSE_ALSO = /^([^,;:“”"]*?[^\s,;:“”"])(?<![Bb]ut) (?:also|(?<!\bonce )again) (?!known\b|called\b|named\b|spelled\b|spelt\b|referred\b)(?=\p{Ll})/u;

/**
 * A stem without the "also" or "again" of its first clause (`FIRST_CLAUSE_ALSO`), which points
 * back to a statement made before the source sentence (QUALITY.md R4): "Carrick also defended the
 * decision" → "Carrick defended the decision". The statement stays true without it. An "also"
 * after a comma ("..., Fianna Fáil also slipped") adds to what the stem itself says, and stays;
 * so do "but also" and the "also known as" of a second name, which says the first is not the only one,
 * and the "again" of "once again", without which "once" means formerly (the sealed holdout78 reader's R6).
 */
export function dropDanglingAlso(stem: string): string {
	// most stems hold neither word: the pattern's lazy walk over the first clause is left untried
	return stem.includes(' also ') || stem.includes(' again ') ? stem.replace(FIRST_CLAUSE_ALSO, '$1 ') : stem;
}

// nouns that count or concern a topic the story names elsewhere: cases and deaths of a disease, violations of a
// rule, passes and tickets to an event, applications for a scheme, specimens and samples of a species or a
// substance, a place's worst year for something. The holdout24/25 readers refused "the year's cases" (of dengue),
// "a first violation" (of a smoking ban), "passes were sold" (for a festival) and "Bangladesh's worst year" (for
// dengue) as R4, the holdout48 reader "Two specimens were collected" (of a new warbler). Votes are a vote's, whichever (its place
// is anchors.ts's to ask); an offence on a licence or before a court says its kind ("nine points on his licence for
// three earlier offences"). Group 1 the noun.
const TOPICAL = /(?<![\p{L}\p{M}’'-])(cases|infections|deaths|outbreaks?|violations?|breaches|passes|tickets|fines|applications|imports|exports|specimens|samples|(?:worst|deadliest) (?:year|season))(?![\p{L}\p{M}’'-])/giu;
// TOPICAL's words without its lookarounds, with its flags (the same case folding): a stem with none has no topical noun, and
// this scan is much quicker than TOPICAL's, which tries its lookbehind at every letter
const TOPICAL_WORD = /cases|infections|deaths|outbreak|violation|breaches|passes|tickets|fines|applications|imports|exports|specimens|samples|worst|deadliest/iu;
// "in some cases", "in most cases": instances, not cases of anything
const INSTANCES = /\bin (?:some|most|many|both|all|such|these|those|other|rare|a few|several|certain|extreme|exceptional|a number of|the majority of) $/i;
// "cases of measles", "tickets for the final", "offences under environmental permitting rules": a complement that says of what
const TOPIC_COMPLEMENT = /^,? (?:of|for|under|involving|linked to|related to|caused by|tied to|in connection with) (?!them\b|it\b|this\b|that\b|these\b|those\b)/;
// "deaths from heatstroke", "infections from contaminated water": a cause after the noun
const CAUSE = /^ from /;
// headline nouns that say nothing of what a story is about
const GENERIC = new Set('year|years|month|months|week|weeks|day|days|time|times|record|records|million|billion|people|number|numbers|total|figures|data|report|new|first|last|more|half|third|quarter|pass|cut|rise|fall|jump|drop|boost|hit|win|back|set'.split('|'));
// parts of a hyphenated modifier that tell a time, a rank or a size, not a topic: "first-time", "year-on-year", "12-month"
const HYPHEN_STOP = /^(?:time|year|years|month|months|week|weeks|day|days|all|first|second|third|long|short|high|low|record|one|two|three|half|full|part|on|to|of|in|and|per|off|non|self|old|new|so|well|much|year-on-year|\d+)$/;

const TOPICS = new WeakMap<Article, Set<string>>();

/**
 * The words of a headline that say what its story is about, lower-case: its common nouns, which
 * the body writes in lower case ("dengue", "hospitals", "beds" of "Dengue cases in Bangladesh pass
 * 48,000 as Dhaka hospitals run short of beds"), not names ("Nandurbar", which no tagger may know
 * for a place), the places or people `isName` knows, dates, figures, the topical nouns themselves
 * or words that say nothing of a topic (`GENERIC`). Cached per article.
 */
function headlineTopics(article: Article, isName: (word: string) => boolean): Set<string> {
	let topics = TOPICS.get(article);
	if (!topics) {
		topics = new Set<string>();
		const body = bodyLines(article);
		// "Floods in Norland": a headline's opening plural may read to the tagger as a verb; the body's "2,716 floods" tells it a noun.
		// Only the paragraphs that write the word are tagged, up to the first that has it as a noun, and
		// none for a word of a closed class ("in", "the"), which is a noun nowhere: tagging a new article's
		// whole body took longer than the rest of this check for every stem. Each paragraph is tagged on
		// its own, once for every word of the headline (compromise splits sentences at a line break, so
		// its tags are those of the paragraphs joined), where a text of the paragraphs that write each
		// word was tagged afresh for each
		const bodyNoun = (lower: string) =>
			!functionWord(lower) &&
			article.paragraphs.some((p) => p.toLowerCase().includes(lower) && tagged(p).some((b) => b.tags.includes('Noun') && b.text.toLowerCase().replace(/[^\p{L}\p{M}\d-]/gu, '') === lower));
		for (const t of tagged(article.title)) {
			const word = t.text.replace(/[’']s$/, '').replace(/[^\p{L}\p{M}\d-]/gu, '');
			const lower = word.toLowerCase();
			if (lower.length < 3 || !(t.tags.some((g) => g === 'Noun' || g === 'Acronym') || bodyNoun(lower))) continue;
			if (t.tags.some((g) => /^(?:Place|Country|City|Region|Person|FirstName|LastName|Date|Duration|Value|Pronoun)$/.test(g)) || isName(word)) continue;
			if (GENERIC.has(lower) || new RegExp(`^${TOPICAL.source}$`, 'iu').test(lower) || new RegExp(`^${TOPICAL.source}$`, 'iu').test(`${lower}s`)) continue;
			if (asBodyWrites(word, body) !== lower) continue;
			topics.add(lower);
		}
		TOPICS.set(article, topics);
	}
	return topics;
}

/** Does `text` write one of `topics` as a word, in the singular or the plural? */
function writesTopic(text: string, topics: ReadonlySet<string>): boolean {
	return (text.toLowerCase().match(/[\p{L}\p{M}\d]+/gu) ?? []).some((w) => topics.has(w) || topics.has(w.replace(/s$/, '')) || topics.has(`${w}s`));
}

/**
 * Does the word before a topical noun say its topic: a noun modifier ("dengue cases", "road
 * deaths", "smoking violations"), a hyphenated one ("heat-related deaths", "COVID-19 cases"), a
 * name ("Ebola cases", "FEQ passes") or a headline topic? Not a possessive ("the year's cases",
 * "Bangladesh's worst year"), a figure, a blank, an adjective or participle ("new", "suspected",
 * "pending cases"), a place or person `isName` knows. `tags` are the word's tags in the stem.
 */
function saysTopic(word: string | undefined, tags: readonly string[], atStart: boolean, topics: ReadonlySet<string>, isName: (word: string) => boolean): boolean {
	if (!word || /[’']s$/.test(word) || /\d|_/.test(word) || isName(word)) return false;
	const lower = word.toLowerCase();
	if (topics.has(lower)) return true;
	if (lower.includes('-')) return lower.split('-').some((part) => part.length >= 3 && /^\p{L}+$/u.test(part) && !HYPHEN_STOP.test(part) && !GENERIC.has(part));
	if (GENERIC.has(lower)) return false;
	if (/^\p{Lu}/u.test(word) && !atStart) return !tags.some((t) => /^(?:Place|Country|City|Region|Person|FirstName|LastName|Date|Value|Determiner|Pronoun)$/.test(t));
	if (tags.includes('Gerund')) return !tagsOf(lower).includes('Adjective');
	return tags.includes('Noun') && !tags.some((t) => /^(?:Possessive|Date|Duration|Value|Adjective|Pronoun|Place|Person|Verb)$/.test(t));
}

/** A topical noun found in a stem: where it starts, the noun as written. */
interface Topical {
	at: number;
	noun: string;
}

/** `tagged(stem)`, kept per stem: the rewriting of a stem and the R4 check both ask it of the same stem. */
const stemTerms = keptPerText(tagged, 512);

/**
 * Every topical noun of a stem (`TOPICAL`) whose topic neither its own words nor the rest of the
 * stem say, in order: "Roughly _____% of the year's cases have been reported from outside Dhaka"
 * (cases of what?), "In Chicago, a first violation carries a $_____ fine" (of what?), "_____
 * passes were sold this year" (for what?). A noun is topical where a noun modifier, a name or a
 * hyphenated word before it says its topic (`saysTopic`), a complement after it does ("cases of
 * measles", "tickets for the final", "deaths from heatstroke"), or the stem writes one of the
 * headline's topic words anywhere (`headlineTopics`: "Bangladesh has recorded 48,000 dengue
 * infections and _____ deaths"). "In most cases" counts nothing; a verb ("the bill passes") is
 * no noun. Quotes are left out: a speaker's words are theirs (R6).
 */
function topicless(article: Article, stem: string, isName: (word: string) => boolean): Topical[] {
	const text = blankQuotes(stem);
	if (!TOPICAL_WORD.test(text)) return [];
	const matches = [...text.matchAll(TOPICAL)];
	if (matches.length === 0) return [];
	const topics = headlineTopics(article, isName);
	if (writesTopic(text, topics)) return [];
	// a blank reads to the tagger as a noun, and the count after it as a verb ("_____ passes were sold"): a figure stands in for it;
	// tagged only when a noun gets past the checks that need no tags, as tagging a new stem costs more than the rest
	let terms: ReturnType<typeof stemTerms> | undefined;
	const found: Topical[] = [];
	for (const m of matches) {
		const at = m.index!;
		const noun = m[1];
		const first = noun.split(' ')[0].toLowerCase();
		const before = text.slice(0, at);
		const after = text.slice(at + noun.length);
		if (/^cases$/i.test(noun) && (INSTANCES.test(before) || /^ (?:where|in which|when)\b/.test(after))) continue;
		if (TOPIC_COMPLEMENT.test(after) || (/^(?:deaths|infections)$/i.test(noun) && CAUSE.test(after))) continue;
		const prev = /([^\s]+)\s$/u.exec(before)?.[1]?.replace(/[,;:(“"]+$/, '');
		// "Vietnam's exports rose", "rose as German imports fell": a place's whole trade, which its name says (an opening
		// "Total exports" says none)
		if (/^(?:imports|exports)$/i.test(noun) && prev !== undefined && (/^\p{Lu}[\p{L}\p{M}.-]*[’']s$/u.test(prev) || (/^\p{Lu}/u.test(prev) && before.trim() !== prev))) continue;
		const prevText = prev?.replace(/_____/g, '12').replace(/[^\p{L}\p{M}\d’'-]/gu, '').split('-').at(-1);
		const read = (terms ??= stemTerms(text.replace(/_____/g, '12')));
		const k = read.findIndex((t, i) => t.text.toLowerCase().replace(/[^\p{L}\p{M}’'-]/gu, '') === first && (prevText === undefined || (i > 0 && read[i - 1].text.replace(/[^\p{L}\p{M}\d’'-]/gu, '') === prevText)));
		// "The bill passes the house", "the council fines owners": a verb, no count of anything; a stem's first
		// word is its subject, whatever the tagger says ("Imports from China were valued ..."), and so is a
		// word a number counts ("Two specimens were collected", which the tagger reads as "two" and a verb)
		if (k > 0 && read[k].tags.includes('Verb') && !read[k].tags.includes('Noun') && !read[k - 1].tags.includes('Value')) continue;
		const prevTags = k > 0 ? read[k - 1].tags : [];
		if (saysTopic(prev, prevTags, before.trim().length === (prev?.length ?? 0), topics, isName)) continue;
		found.push({ at, noun });
	}
	return found;
}

/**
 * The first topical noun of a stem whose topic no word of the stem says, as written ("cases",
 * "violation", "worst year"); undefined when there is none (`topicless`). For the R4 check to
 * refuse (QUALITY.md R4). `isName` tells a place's or a person's name, which says where or who,
 * never of what.
 */
export function topiclessNoun(article: Article, stem: string, isName: (word: string) => boolean = () => false): string | undefined {
	return topicless(article, stem, isName)[0]?.noun;
}

const LETTER_MARK_HYPHEN = /[\p{L}\p{M}-]/u;

/** `word` as the body spells it: lower-case where it writes it so ("Dengue" → "dengue"), as is where it writes it only capitalised ("Ebola"), undefined where it never writes it. */
function asBodyWrites(word: string, body: string): string | undefined {
	const lower = word.toLowerCase();
	// a scan, where a pattern compiled per word of a new article took milliseconds
	if (offsetsBetween(body, lower, LETTER_MARK_HYPHEN, LETTER_MARK_HYPHEN).length > 0) return lower;
	const capital = lower[0].toUpperCase() + lower.slice(1);
	return new RegExp(String.raw`(?<![.!?]\s|^|\n|[\p{L}\p{M}-])${capital}(?![\p{L}\p{M}-])`, 'u').test(body) ? capital : undefined;
}

/**
 * The topic the article writes a topical noun with, to be written into a stem: the one noun
 * modifier the headline gives it ("Dengue cases in Bangladesh ..." → modifier "dengue"), or the
 * one complement the headline and body give it ("cases of measles", "Three Cases of Plague
 * Diagnosed" → complement "of plague"), a common noun the body writes in lower case (not the
 * party of "votes of Labour"). Undefined where there is none, or two ("cases of measles", "cases
 * of rubella"): a topic is written in only when one fits.
 */
function topicOf(article: Article, noun: string, isName: (word: string) => boolean): { modifier?: string; complement?: string } | undefined {
	const body = bodyLines(article);
	const modifiers = new Set<string>();
	const terms = tagged(article.title);
	terms.forEach((t, i) => {
		if (i === 0 || t.text.toLowerCase().replace(/[^\p{L}]/gu, '') !== noun.toLowerCase()) return;
		const prev = terms[i - 1];
		const word = prev.text;
		if (!/^\p{L}{3,}$/u.test(word) || isName(word) || GENERIC.has(word.toLowerCase())) return;
		if (!prev.tags.includes('Noun') || prev.tags.some((g) => /^(?:Place|Country|City|Region|Person|Date|Value|Possessive|Verb|Adjective|Pronoun)$/.test(g))) return;
		const spelt = asBodyWrites(word, body);
		if (spelt === word.toLowerCase()) modifiers.add(spelt);
	});
	if (modifiers.size === 1) return { modifier: [...modifiers][0] };
	if (modifiers.size > 1) return undefined;
	const complements = new Set<string>();
	for (const m of `${article.title}\n${body}`.matchAll(new RegExp(String.raw`(?<![\p{L}\p{M}-])${noun} of (\p{L}[\p{L}-]+)(?![\p{L}\p{M}’'-])`, 'giu'))) {
		const word = m[1];
		if (word.length < 4 || isName(word) || tagsOf(word.toLowerCase()).some((t) => /^(?:Determiner|Pronoun|Preposition|Conjunction|Value|Adjective|Adverb)$/.test(t))) return undefined;
		// a common noun, which the body writes in lower case: "votes of Labour" are a party's, no topic
		const spelt = asBodyWrites(word, body);
		if (spelt !== word.toLowerCase()) return undefined;
		complements.add(spelt);
	}
	return complements.size === 1 ? { complement: `of ${[...complements][0]}` } : undefined;
}

/**
 * A stem with each topical noun whose topic it does not say (`topicless`) written with the one
 * topic the article gives it (`topicOf`): "Roughly _____% of the year's cases ..." under "Dengue
 * cases in Bangladesh ..." → "... of the year's dengue cases ..."; "_____ suspected cases have
 * been reported" where the body writes "cases of measles" → "_____ suspected cases of measles
 * have been reported". The stem is unchanged where no one topic fits, for the R4 check to refuse
 * it; "worst year" is never rewritten (its topic would need new words).
 */
export function withTopics(article: Article, stem: string, isName: (word: string) => boolean = () => false): string {
	let out = stem;
	for (let guard = 0; guard < 3; guard++) {
		const [first] = topicless(article, out, isName);
		if (!first || first.noun.includes(' ')) return out;
		const topic = topicOf(article, first.noun, isName);
		if (!topic) return out;
		const end = first.at + first.noun.length;
		// "an outbreak control team" → "a superbug outbreak control team", never "an superbug" (the holdout68 reader's R1)
		const next = topic.modifier
			? first.at === 0
				? `${topic.modifier[0].toUpperCase()}${topic.modifier.slice(1)} ${first.noun.toLowerCase()}${out.slice(end)}`
				: `${agreeArticle(out.slice(0, first.at), topic.modifier)}${topic.modifier} ${out.slice(first.at)}`
			: `${out.slice(0, end)} ${topic.complement}${out.slice(end)}`;
		if (topicless(article, next, isName).length >= topicless(article, out, isName).length) return out;
		out = next;
	}
	return out;
}

// "said at the time that", "told reporters at the time:": a verb of saying ("told" with up to three words of its object)
// and the "at the time" that dates the saying by an event told before; group 1 the verb and its object ("said it was at
// the time that" has no saying before the phrase)
const SAID_AT_THE_TIME = /(?<![\p{L}\p{M}-])((?:said|says|added|wrote|warned|argued|insisted|claimed|declared|stated|remarked|noted|explained|told(?: (?!at\b)[\p{L}\p{M}’'-]+){1,3})) at the time(?=,? that\b|,? [“"]|:)/gu;

/**
 * A stem without the "at the time" of a verb of saying: "Valadares said at the time that ..." →
 * "Valadares said that ...". The phrase dates the saying by an event the article told before the
 * source sentence, which the stem does not give (the holdout176 reader's R4 on "Who said at the
 * time that ...?"); the saying, in the past tense, stays true without it. An "at the time" that
 * dates anything else ("the firm was worth $2bn at the time") is left, as what it claims then may
 * not hold now.
 */
export function dropSaidAtTheTime(stem: string): string {
	return stem.replace(SAID_AT_THE_TIME, '$1');
}

/** A written item with its stems passed through `dropDanglingAlso`, `dropSaidAtTheTime`, `ownDefinites` and `withTopics` (`isName` as there). */
export function ownDefinitesIn<W extends { stem: string; falseStem?: string }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W, isName: (word: string) => boolean = () => false): W {
	const fix = (stem: string) => withTopics(article, ownDefinites(article, sentences, sentence, dropSaidAtTheTime(dropDanglingAlso(stem))), isName);
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}

// verbs of a measure's change: "rose", "edged up", "slipped"
const CHANGE = String.raw`(?:had |has |have )?(?:rose|risen|fell|fallen|jumped|slipped|climbed|dropped|gained|lost|declined|increased|decreased|plunged|soared|surged|tumbled|grew|shrank|sank|rallied|slid|eased|advanced|retreated|edged (?:up|down|higher|lower)|inched (?:up|down|higher|lower)|was (?:up|down)|were (?:up|down))`;
// a clause whose subject is a bare run of capitalised words (or the blank of a name), its change verb and a figure or blank: group 1 the name, group 2 the figure;
// a route is such a name too ("Ningbo to Hamburg climbed 12 percent": a freight rate's lane, the rate never said; the holdout76 reader's R4)
const NAMED_CHANGE = new RegExp(String.raw`(?:^|[,;:]\s|(?<![\p{L}\p{M}])(?:and|while|but|whereas|as|with)\s)(_____|(?:\p{Lu}[\p{L}\p{M}&.’'-]*)(?:\s(?:\p{Lu}[\p{L}\p{M}&.’'-]*|of|and|&|to(?=\s\p{Lu})))*)\s${CHANGE}\s(?:by\s)?(?:about\s|around\s|nearly\s|almost\s|roughly\s|some\s|more than\s)?(_____|[$£€]?\d[\d.,]*)(?:\s?(?:%|percent|per cent))?(?!\s?(?:per cent|percent|%))(?![\p{L}\p{M}\d])(?!\s+(?!to\b|in\b|from\b|on\b|over\b|after\b|against\b|compared\b|year\b|while\b|and\b|as\b|by\b|at\b|last\b|this\b|between\b|for\b|since\b|during\b|month\b|respectively\b)\p{L})`, 'gu');
// a change verb anywhere, tested first: `NAMED_CHANGE` tries its run of names at every clause opening of a stem
const CHANGE_WORD = new RegExp(CHANGE);
// every change verb of a stem, counted against the name's changes
const CHANGES = new RegExp(String.raw`(?<![\p{L}\p{M}])${CHANGE}(?![\p{L}\p{M}])`, 'gu');
// a name that is itself a measure: a market index, a currency, a price index ("The Nasdaq fell", "Sterling slipped", "CPI rose")
const MEASURE_NAME = /(?<![\p{L}\p{M}])(?:FTSE|Dow|Nasdaq|S&P|Nikkei|DAX|CAC|Stoxx|STOXX|Kospi|KOSPI|Sensex|Nifty|Hang Seng|ASX|TSX|VIX|Index|Composite|Average|Sterling|Bitcoin|Ether|Brent|WTI|CPI|RPI|HICP|GDP|PMI|HPI)(?![\p{L}\p{M}])/u;

// what a market report measures: "shares", "sales", "registrations"; a stem that names one says what moved
const MEASURE_WORD = /(?<![\p{L}\p{M}])(?:shares?|stock|sales|registrations|deliveries|revenues?|turnover|profits?|earnings|output|production|exports|imports|prices?|volumes?|units|market share|orders|bookings|passengers|traffic|visitors|arrivals|subscribers|users|customers|income|spending|value|index|yield|rate)(?![\p{L}\p{M}])/iu;

/**
 * A clause of a stem whose subject is a bare name with a change verb and a figure, as written:
 * "Italy edged up 1.1 percent and Spain jumped _____ percent", "Stellantis slipped _____",
 * "Tata Consultancy Services and Infosys dropped _____ per cent", "Ningbo to Gdansk rose _____
 * percent" (a lane's freight rate). A market report says a country
 * or a company rose, meaning its car registrations, sales or shares; the stem names none of them,
 * and the holdout27 reader refused all four such items as R4 ("never says what rose"). A stem
 * with a blank is refused when it tells such a change anywhere (the blank's own clause first,
 * "Germany gained 2.9 percent, _____ edged up 1.1 percent" too) and names no measure at all
 * (`MEASURE_WORD`): "Germany grew _____ percent to 251,380 units, with BEV registrations there
 * up 38 percent" says what grew, and the same reader kept it. A stem without a blank is refused
 * when every change it tells is a name's. An index, a currency or a price index is its own
 * measure ("The Nasdaq Composite had fallen", "Sterling slipped"); a unit after the figure says
 * what moved ("jumped _____ places"). Undefined when the stem says what changed. Quotes are left out.
 */
export function measurelessChange(stem: string): string | undefined {
	return measurelessChangeKept(stem);
}
const measurelessChangeKept = keptPerText(readMeasurelessChange, 4096);

/** `measurelessChange`, read afresh. */
function readMeasurelessChange(stem: string): string | undefined {
	const text = blankQuotes(stem);
	// "Exports to China rose": a measure's own word opens the subject, which says what moved
	const clauses = (CHANGE_WORD.test(text) ? [...text.matchAll(NAMED_CHANGE)] : []).filter((m) => !MEASURE_NAME.test(m[1]) && !MEASURE_WORD.test(m[1]) && !/^(?:The|A|An|It|He|She|They|We|This|That|These|Those|Its|Their)$/.test(m[1]));
	if (text.includes('_____')) {
		if (MEASURE_WORD.test(text)) return undefined;
		const own = clauses.find((m) => m[1] === '_____' || m[2] === '_____') ?? clauses[0];
		return own?.[0].replace(/^[,;:]?\s*(?:and |while |but |whereas |as |with )?/, '');
	}
	if (clauses.length === 0) return undefined;
	const changes = text.match(CHANGES) ?? [];
	return changes.length === clauses.length ? clauses[0][0].replace(/^[,;:]?\s*(?:and |while |but |whereas |as |with )?/, '') : undefined;
}
