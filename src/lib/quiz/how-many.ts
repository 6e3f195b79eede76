import nlp from 'compromise';
import { coordinateJoin } from './clauses';
import { NUMBER_WORDS, type Fact } from './facts';
import { TITLES, countryOfDemonym, functionWord, tagged, tagsOf } from './lexicon';
import { roleKindOfWord } from './person-roles';
import { keptPerText } from './words';

/** The words around a count key in its clause, as `writeItems` cuts them. */
export interface CountClause {
	/** The clause before the key ("Police arrested ", "There were "). */
	before: string;
	/** The clause after the key (" people after the march"), without the closing stop. */
	after: string;
	/** Whether the sentence attributes what it says to someone ("Officials said ..."). */
	attributed: boolean;
	/** Words the article writes with a capital inside a sentence ("Wolves" of "the Chicago Wolves"): names, whatever the lexicon says. */
	names?: ReadonlySet<string>;
	/** Words the article writes in lower case ("the coast guard"): common words, where `names` does not hold them. */
	lower?: ReadonlySet<string>;
	/** The surnames of the article's people: one alone as a source ("According to Duvall") tells a player nobody. */
	people?: ReadonlySet<string>;
}

const SAID_LEAD = /^(.+?)\s(?:said|says|told \w+|added|estimated|reported)(?: that)?\s/;
// ", the health agency said": the source named after the clause, not part of the question; its name may be set off
// after it (", the civil protection authority, ANEPC, said", which the question trailed into unread: the holdout172
// reader's R1 on "How many people were still missing ..., the civil protection authority, ANEPC, said?")
const SAID_TAIL = /,\s((?:the\s)?[\p{L}’' -]{2,40}?(?:,\s\p{Lu}[\p{L}\p{M}’'. -]{1,40}?,)?)\s(?:said|says|reported|added|estimated)$/u;
// ", official VFACTS data combined with figures from the Electric Vehicle Council shows": a finding's
// source after the clause that SAID_TAIL does not read, which the question would trail into (the holdout69 reader's R1)
const FINDING_TAIL = /,\s[^,;]{2,120}\s(?:shows?|showed|finds?|found|suggests?|suggested|indicates?|indicated)$/u;
// a participle or a relative that describes the counted noun: "people aged 65 and over", "families living in tents", "staff who ..."
const NOUN_MODIFIER = /^(?:aged|living|born|based|working|employed|who|whose|that|which)\b/;
const PASSIVE_OR_INTRANSITIVE = /^(were|was|have|had|are|is|will|would|could|may|might|died|\w+ed)\b/;
// a phrase after the counted noun that belongs to it ("cases of measles in Leeds"), up to a
// preposition or time word that starts the rest of the clause
const OF_PHRASE = /^of ([\p{L}’'-]+(?: [\p{L}’'-]+){0,2}?)(?=\s(?:in|at|on|for|during|since|across|from|to|by|last|this|over|after|before|between|among)\b|$)/u;
// a second clause joined on after the counted one ("were still missing and more than 1,400 had
// been injured", "had been destroyed and about 48,000 damaged", ", but the company ..."): the
// question asks the first clause alone, which is true on its own; so does a trailing participle
// phrase (", arguing that the tallest block would ..."), but not one that belongs to the count
// (", including two nurses"); "in 2021 and 2023" is a list, never a clause; ", while IIT
// Madras climbed ..." opens a clause on a name (a blind reader's R1 on holdout16: "How many
// places did IIT Bombay slip to 121st, while IIT Madras climbed ...?"), where ", and Hull" may
// close a list, unless a verb follows the name (", and Alberta has shifted its funding": a reader's R1 on holdout41);
// a count in words opens one as a figure does (", and four were flown to hospitals", a reader's R1
// on holdout55), though not after the start of a range ("between two and four"), and so does "the
// rest" with its verb left out ("39 passengers boarded in Sydney and the rest at Newcastle", R1 on holdout55)
const COUNT_WORD = `(?:one|${NUMBER_WORDS.join('|')})`;
const JOINED_CLAUSE = new RegExp(
	[
		String.raw`(?<![\d%]|\b${COUNT_WORD}),?\s(?:and|but|while|whereas)\s+(?=(?:(?:more|fewer|less) than |about |around |nearly |almost |over |at least |another |some )?(?:[$£€]?\d|${COUNT_WORD}\s))`,
		String.raw`\s(?:and|but|while|whereas)\s+(?=(?:the rest|the remainder|the others|others)\b)`,
		String.raw`,\s(?:and|but|while|whereas)\s+(?=(?:the|a|an|he|she|they|it|we|its|their|his|her|most|many|some|all|none|several|others?|this|that|these|those)\s)`,
		String.raw`,\s(?:and|but|while|whereas)\s+(?=\p{Lu}[\p{L}\p{M}’'.-]*(?:\s\p{Lu}[\p{L}\p{M}’'.-]*){0,3}\s(?:has|have|had|is|are|was|were|will|would|can|could|\p{Ll}+ed|\p{Ll}+s)\b)`,
		String.raw`,\s(?:but|while|whereas)\s+(?=\p{Lu})`,
		String.raw`,?\s(?:and|but)\s+that\s`,
		String.raw`,\s(?=(?!(?:during|including|according|following|regarding|concerning|excluding)\s)\p{Ll}+ing\s)`,
		// ", 58 of them destroyed", ", most of whom were children": an absolute phrase that counts a part of the counted,
		// which the question trailed into ("How many homes did a preliminary count find damaged, 58 of them
		// destroyed?", a dev174 reader's R1)
		// ", along with 11 bridges, three small hydroelectric projects": what else the source counted beside the key, a
		// list of its own that the question would trail into (a holdout180 candidate)
		String.raw`,\s(?=(?:along with|together with|as well as|in addition to)\s)`,
		String.raw`,\s(?=(?:[\d,.]+|${COUNT_WORD}|some|most|many|all|none|half|several|few|each|both|about \S+|at least \S+|more than \S+)\sof\s(?:them|whom|which|those)\b)`
	].join('|'),
	'u'
);
// an auxiliary inside the subject ("A petition against the scheme has gathered"): "did" cannot
// be put before such a subject, and a perfect is turned round on its own auxiliary
const AUXILIARY = /^(?:is|are|was|were|be|been|being|will|would|can|could|may|might|must|shall|should|do|does|did|has|have|had)$/i;
const NAME_TAGS = /Name|Place|Country|City|Region|Organization|ProperNoun|Person|SportsTeam/;
const NOT_SUBJECT = /^(?:he|she|it|they|we|i|you|this|that|these|those|who|which|there|here|and|but|or|so|then|when|while|after|before|as|if|in|on|at|by|for|with|from|of|to|since|during|over|about|last|next|earlier|later|yesterday|today|meanwhile|however|also|now|still|only|even)$/i;
const PREPOSITION = /^(?:of|from|at|in|on|for|with|by|near|across|around|outside|inside|against|about|under|over|into|between|among|behind|beyond|within|without|through|towards?)$/i;

// a day or a word of time, which no subject holds (a month only after "in", "on" or "since": "Theresa May")
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const TIME_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|overnight)$/;

// player words that also open the names of places, races or firms ("Centre Court", "Champion Hurdle", "Star Wars")
const NAME_OPENING_ROLE = /^(?:centre|center|champion|forward|star|keeper|runner|driver|opener)$/;

/**
 * A phrase that opens a sentence, written to stand inside a question: a determiner or a common
 * noun loses its capital ("Officials" → "officials", "The company" → "the company"); a name
 * keeps it ("Ocado", "Manchester City"), and so do a nationality ("Spanish playmaker ...") and a word in `names`, the words the article
 * capitalises inside its sentences: "Wolves goalie X" of an article about "the Chicago Wolves".
 * A word before a common noun ("Local officials", "Coast guard spokesman") that no lexicon and
 * no capital inside a sentence names loses its capital where the article writes it in lower case
 * or it reads as an adjective; undefined where that cannot be told ("Health authorities" could
 * be a body's name), so no question carries a capital it should not (a blind reader's R1 on
 * holdout56: "According to Local officials").
 */
export function inQuestion(phrase: string, names: ReadonlySet<string> = new Set(), lowerWords: ReadonlySet<string> = new Set()): string | undefined {
	const first = phrase.split(' ')[0];
	const lower = first.toLowerCase();
	// a determiner is never a name, even where the article capitalises it inside a title mid-sentence ("a podcast, The Lobby Files")
	if (/^(?:The|A|An|Its|His|Her|Their|Some|Many|Most|All|Several|Both|Few|Other|More)$/.test(first)) return lower + phrase.slice(first.length);
	if (/^[A-Z]{2,}$/.test(first) || first === lower || names.has(first)) return phrase;
	// "Spanish playmaker Iker Olazábal": a nationality keeps its capital wherever it stands, though
	// the lexicon may know the word by no tag ("How many times did spanish playmaker ...", the holdout109 reader's R1)
	if (countryOfDemonym(first) !== undefined) return phrase;
	// "Mayor Yulianti Wibisono": a title right before a name is part of it, and keeps its capital
	// (the holdout64 reader's R1: "According to mayor Yulianti Wibisono")
	if (TITLES.has(lower) && /^ \p{Lu}\p{Ll}/u.test(phrase.slice(first.length))) return phrase;
	const tags = tagsOf(lower);
	const common = tags.some((t) => t === 'Plural' || t === 'Singular' || t === 'Determiner' || t === 'Actor') && !tags.some((t) => NAME_TAGS.test(t));
	// a plural no lexicon entry knows ("Rescuers"), read in context, is a common noun too
	const inContext: string[] = tags.length === 0 ? (firstTerms(`${first} found it.`)[0]?.tags ?? []) : [];
	const unknownPlural = inContext.includes('Plural') && !inContext.some((t) => NAME_TAGS.test(t));
	// "Global shipments", "New figures": an adjective before a common noun, never before a name
	const adjective = tags.length > 0 && tags.every((t) => t === 'Adjective') && /^ \p{Ll}/u.test(phrase.slice(first.length));
	if (common || unknownPlural || adjective) return lower + phrase.slice(first.length);
	const next = /^ (\p{Ll}+)\b/u.exec(phrase.slice(first.length))?.[1];
	// "Left-hander Rafael Montaño", "Striker Ana Lobo": a player's position before their name, which
	// the article writes in lower case elsewhere ("left-hander Tommy Achterberg"), kept its
	// sentence-initial capital in "How many outs did Left-hander Rafael Montaño get?" (a blind
	// reader's R1 on holdout61); a title ("Coach", "Vice-President") stays one, and a word that
	// also opens names ("Premier League", "Centre Parcs") is left alone
	if (lowerWords.has(lower) && !TITLES.has(lower) && !/^vice-/.test(lower) && !NAME_OPENING_ROLE.test(lower) && (/-(?:hander|armer|back|rounder|spinner)$/.test(lower) || ['sport', 'bowling', 'pitching'].includes(roleKindOfWord(lower) ?? '')) && /^ \p{Lu}/u.test(phrase.slice(first.length))) return lower + phrase.slice(first.length);
	if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !next || functionWord(next) || tags.some((t) => NAME_TAGS.test(t) || t === 'Demonym')) return phrase;
	// "Coast guard spokesman" where the article writes "the coast guard"; "Local officials", read
	// in lower case, opens on an adjective ("Federal prosecutors" too)
	if (lowerWords.has(lower) || tagged(`${lower} ${next} found it.`)[0]?.tags.every((t) => t === 'Adjective')) return lower + phrase.slice(first.length);
	return undefined;
}

/**
 * The base form of a verb written in the past ("arrested" → "arrest", "sold" → "sell"), read
 * by compromise in a plain clause; undefined when the word is no past-tense verb ("in",
 * "employs", "only"), so no "did" question is written round it.
 */
export function pastInfinitive(word: string): string | undefined {
	return pastInfinitiveKept(word);
}
const pastInfinitiveKept = keptPerText(readPastInfinitive, 4096);

/** `pastInfinitive`, read afresh. */
function readPastInfinitive(word: string): string | undefined {
	if (!/^\p{Ll}+$/u.test(word)) return undefined;
	const verb = nlp(`they ${word} things`).verbs().json()[0] as { verb?: { infinitive?: string } } | undefined;
	const infinitive = verb?.verb?.infinitive;
	if (!infinitive || !/^\p{Ll}+$/u.test(infinitive)) return undefined;
	const past = nlp(`they ${infinitive} things`).verbs().toPastTense().text();
	return past.split(' ').includes(word) ? infinitive : undefined;
}

// the terms of a text's first sentence as compromise tags them, kept per text: each count of a clause asks it again (`runsOn`)
const firstTerms = keptPerText((text: string) => (nlp(text).json() as { terms: { text: string; tags: string[] }[] }[])[0]?.terms ?? [], 4096);

/**
 * Does the counted noun go on in `rest`, the words after it: a lower-case word that compromise
 * reads as a noun in context, no verb or participle ("Irish EuroMillions jackpot winners")?
 * "people after the march", "payments were found", "seasons riding in Singapore" and "people
 * yesterday" do not.
 */
function runsOn(noun: string, rest: string): boolean {
	const next = /^(\p{Ll}[\p{Ll}-]*)\b/u.exec(rest)?.[1];
	// "seasons riding in Singapore": a participle after the noun is no part of it
	if (!next || /ing$/.test(next) || functionWord(next)) return false;
	// the words up to the clause's next stop are context enough to tag the next word, and the
	// tagger's time grows with the text
	const near = /^[^,;:.!?“”"()–—]*/.exec(rest)![0].split(' ').slice(0, 6).join(' ');
	const terms = firstTerms(`Two ${noun} ${near}`);
	const at = terms.findIndex((t, i) => i > noun.split(' ').length && t.text.toLowerCase() === next);
	const tags = at >= 0 ? terms[at].tags : [];
	return tags.includes('Noun') && !tags.some((t) => /Verb|Date|Adverb|Preposition|Pronoun|Determiner/.test(t));
}

/**
 * A "how many" question for a count with its counted noun, written only where the clause can be
 * turned round safely (QUALITY.md R1: no broken inversion):
 * - the count opens the clause and a verb follows: "412 false payments were found ..." →
 *   "How many false payments were found ...?";
 * - "There were 2,911 confirmed cases of measles in Leeds" → "How many confirmed cases of
 *   measles were there in Leeds?";
 * - a plain subject and a past-tense verb before it: "Police arrested 38 people after the march"
 *   → "How many people did police arrest after the march?", "Police have arrested 38 people" →
 *   "How many people have police arrested?" (regular past forms only, where the participle is
 *   the past tense).
 * A second clause joined on ("... were still missing and more than 1,400 had been injured") is
 * left out: the question asks the counted clause alone.
 * A source named before ("Officials said ...") or after (", the agency said") becomes
 * "According to ...". A hedged count ("about 1,500 homes") is asked "About how many ...";
 * a bound ("more than 3,500", "at least 40": options must all lie beyond it, so the key would be
 * their least, R5) or a range's end is never asked. Returns undefined otherwise.
 */
export function howManyStem(fact: Fact, clause: CountClause): string | undefined {
	const noun = fact.noun;
	if (fact.type !== 'count' || !noun || fact.bound || !new RegExp(`^ ${noun}(?: |$)`).test(clause.after)) return undefined;
	const hedge = fact.hedge ? new RegExp(`${fact.hedge}\\s+$`, 'i') : undefined;
	let lead = hedge ? clause.before.replace(hedge, '') : clause.before;
	let prefix = '';
	const said = clause.attributed ? SAID_LEAD.exec(lead) : null;
	if (said) {
		// "Outside court, Sergeant Claire Dunn said": a leading phrase is no part of the source's name
		if (said[1].includes(',')) return undefined;
		const source = inQuestion(said[1], clause.names, clause.lower);
		if (!source || clause.people?.has(source)) return undefined;
		prefix = `According to ${source}, `;
		lead = lead.slice(said[0].length);
	}
	let rest = clause.after.slice(1 + noun.length).trim();
	const tail = SAID_TAIL.exec(rest);
	if (tail) {
		if (prefix) return undefined;
		const source = inQuestion(tail[1].replace(/,$/, ''), clause.names, clause.lower);
		// "..., Duvall said": a surname alone, the article's way back to one it introduced earlier, identifies no one in a
		// question read on its own ("According to Duvall, how many homes ...?", a dev174 reader's R4 on who Duvall is)
		if (!source || clause.people?.has(source)) return undefined;
		prefix = `According to ${source}, `;
		rest = rest.slice(0, tail.index);
	}
	if (FINDING_TAIL.test(rest)) return undefined;
	// "38 people and children": the count is one of two things counted together
	if (/^(?:and|or|plus)\b/.test(rest)) return undefined;
	// "two Irish EuroMillions jackpot winners": the counted noun runs on past the words read as it, and
	// asked before them it breaks ("How many Irish EuroMillions did the year include jackpot winners", R1)
	if (runsOn(noun, rest)) return undefined;
	// "have been arrested and drugs worth €3.1m seized in ...": a second subject shares the verb's
	// auxiliary, and the question would ask how many of both
	if (/^(?:have|has|had|were|was|are|is)(?: been)? \p{Ll}+ed and (?![^,;]*\b(?:have|has|had|were|was|are|is|will)\b)[^,;]{2,60}?\b\p{Ll}+(?:ed|en|wn)\b/u.test(rest)) return undefined;
	// "gave three reasons for the decision: the cost, the loss of 60 homes, and the noise": the list
	// after a colon goes whole, as its items would be cut at their commas ("...: the cost, the loss
	// of 60 homes?" asked three of two, a strict reader's R1 and R6) and would count the key out
	const colon = rest.indexOf(': ');
	if (colon >= 0) rest = rest.slice(0, colon);
	const joined = JOINED_CLAUSE.exec(rest);
	if (joined) rest = rest.slice(0, joined.index);
	// any other clause with a subject and a verb of its own (", and UGI Utilities shut off gas
	// service": a blind reader's R1 on holdout51), read from the count on
	const opening = `${fact.text} ${noun} `;
	const second = coordinateJoin(opening + rest, 0, opening.length + rest.length);
	if (second) rest = rest.slice(0, second.at - opening.length);
	const how = `${prefix}${fact.approximate ? 'about how many' : 'how many'}`;
	const ask = (body: string) => `${how[0].toUpperCase()}${how.slice(1)} ${body.trim().replace(/\s+/g, ' ')}?`;
	if (lead === '' && PASSIVE_OR_INTRANSITIVE.test(rest)) {
		// after a source named before, a past verb with an object after "and" may be the source's
		// ("Agri SA said about 860,000 people were employed in primary agriculture and urged the
		// department to ...": Agri SA urged; "how many people were employed ... and urged the
		// department", a blind reader's R1 on holdout55)
		for (const m of rest.matchAll(/\s(?:and|but)\s(?:\p{Ll}+ly\s)?(\p{Ll}+)\s(?:the|a|an|its|their|his|her|\p{Lu})/gu))
			if (said && (tagsOf(m[1]).includes('PastTense') || /^\p{Ll}{3,}ed$/u.test(m[1]))) return undefined;
		return ask(`${noun} ${rest}`);
	}
	const there = /^[Tt]here (were|are|was|is|have been|has been|had been|will be) $/.exec(lead);
	if (there) {
		const of = OF_PHRASE.exec(rest);
		if (/^of\b/.test(rest) && !of) return undefined;
		// "were there in Leeds last year" reads well; "were there reported worldwide" does not
		if (!/^(?:\s*|(?:in|at|on|for|during|since|across|from|by|last|this|over|among|between)\b.*)$/.test((of ? rest.slice(of[0].length) : rest).trim())) return undefined;
		const [aux, ...more] = there[1].split(' ');
		const tailWords = of ? rest.slice(of[0].length) : rest;
		return ask(`${noun}${of ? ` of ${of[1].trim()}` : ''} ${aux} there${more.length ? ` ${more.join(' ')}` : ''} ${tailWords}`);
	}
	const svo = /^(\p{Lu}[^,;:“”"–—()\d]*?) (?:(has|have|had) )?(\p{Ll}+) $/u.exec(lead);
	if (!svo || rest.startsWith('of ')) return undefined;
	// "followed 1,240 people aged between 65 and 85": a phrase after the noun that describes it is
	// cut from it by the verb a "did" question puts between ("How many people did researchers follow
	// aged between 65 and 85?", a fresh user's R1)
	if (NOUN_MODIFIER.test(rest)) return undefined;
	const subject = svo[1].split(' ');
	if (subject.some((w) => AUXILIARY.test(w))) return undefined;
	// "An iceberg roughly 4,900 square kilometers in area has broken away": an article alone is no
	// subject, and the noun after it no verb ("did an iceberg in area has broken away", R1)
	if (subject.length > 7 || NOT_SUBJECT.test(subject[0]) || NOT_SUBJECT.test(subject[subject.length - 1]) || /^(?:a|an|the)$/i.test(subject[subject.length - 1])) return undefined;
	// a verb inside the subject means the clause is no plain subject–verb–object; so does a
	// determiner after an opening phrase ("Last year the council built ...")
	if (subject.some((w) => tagsOf(w.toLowerCase()).some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Copula' || t === 'Modal' || t === 'Auxiliary'))) return undefined;
	// and so does one the lexicon files as something else, read in its clause ("The association
	// noted that its members made 27,000 requests": "did the association noted that its members
	// make", a blind reader's R1 on holdout55)
	if (tagged(svo[0]).slice(0, subject.length).some((t) => t.tags.includes('PastTense') || t.tags.includes('PresentTense'))) return undefined;
	if (subject.some((w, i) => i > 0 && /^(?:the|a|an)$/.test(w) && !PREPOSITION.test(subject[i - 1]))) return undefined;
	// "Slovenia on Wednesday ordered four diplomats to leave": a time between subject and verb stays
	// there after "did" ("did Slovenia on Wednesday order to leave", a blind reader's R1 on holdout65)
	if (subject.some((w, i) => i > 0 && (TIME_WORD.test(w) || (/^(?:last|this|next|earlier|later)$/i.test(w) && i < subject.length - 1) || (MONTH.test(w) && /^(?:in|on|since)$/.test(subject[i - 1]))))) return undefined;
	// a second verb after the object ("killed 12 people and injured dozens more") is left out
	// of a "did" question, which then no longer reads
	for (const m of rest.matchAll(/\b(?:and|but|or|then)\s(?:\p{Ll}+ly\s)?(\p{Ll}+)/gu)) if (tagsOf(m[1]).includes('PastTense') || /^\p{Ll}{3,}ed$/u.test(m[1])) return undefined;
	// ("screened 241 films from 64 countries and drew an estimated 178,000": a past form the lexicon files as a name, read as a verb in its clause)
	const terms = tagged(rest);
	if (terms.some((t, k) => k > 0 && /^(?:and|but|or|then)$/.test(terms[k - 1].text) && t.tags.includes('Verb'))) return undefined;
	// "showed 42 new calves born this year": a participle after the noun describes it, and left
	// behind the question's verb ("did the figures show born this year?") it no longer reads (R1)
	const after = /^\p{Ll}+/u.exec(rest)?.[0] ?? '';
	// (so does a present participle: "How many holes did Kopano drill totalling 96,000m ...?", a
	// blind reader's R1 on holdout65; "during" is a preposition)
	// ("found 212 homes damaged": a participle the lexicon files under no tag, read as the past of a verb)
	if (/^(?:born|made|held|kept|sold|built|found|left|seen|shown|given|taken|known)$/.test(after) || (/ed$/.test(after) && (tagsOf(after).some((t) => t === 'PastTense' || t === 'Participle') || pastInfinitive(after) !== undefined)) || (/^\p{Ll}{2,}ing$/u.test(after) && after !== 'during')) return undefined;
	const infinitive = pastInfinitive(svo[3]);
	if (!infinitive) return undefined;
	const subjectIn = inQuestion(svo[1], clause.names, clause.lower);
	if (!subjectIn) return undefined;
	const measure = measurePhrase(noun, rest);
	if (measure === null) return undefined;
	// "arrested two men from Leeds on Friday": where the counted come from is part of the noun
	// phrase, and left behind the verb it reads as where they were arrested from ("How many men did
	// police arrest from Leeds on Friday?", R1)
	// (so does a rate: "forced 6,000 vehicles a day onto the ring road" asks "How many vehicles a
	// day has the closure forced ...", where "has the closure forced a day onto" was a fresh user's R1)
	const origin = measure ? null : (ORIGIN_AFTER.exec(rest) ?? RATE_AFTER.exec(rest));
	const [counted, tailWords] = measure ? [`${noun} ${measure.phrase}`, measure.rest] : origin ? [`${noun} ${origin[0]}`, rest.slice(origin[0].length)] : [noun, rest];
	// "A party formed three years ago won the most seats": a verb right after a measure ("ago", "later") is the clause's
	// own, and the one before it a participle of the subject ("How many years ago did a party form won ...?", R1); after a
	// plain count it is a reported clause's ("said 14 engineers had been hired")
	const next = /^\s*(\p{Ll}+)/u.exec(tailWords)?.[1];
	if (measure && next && tagsOf(next).some((t) => t === 'PastTense' || t === 'PresentTense')) return undefined;
	// "Police have arrested 38 people" → "How many people have police arrested?"
	if (svo[2]) return ask(`${counted} ${svo[2]} ${subjectIn} ${svo[3]} ${tailWords}`);
	return ask(`${counted} did ${subjectIn} ${infinitive} ${tailWords}`);
}

// "from Leeds", "from the Netherlands": a place or body the counted come from, up to the clause's stop or a phrase of time or place
const ORIGIN_AFTER = /^from (?:the )?\p{Lu}[\p{L}\p{M}’'-]*(?: \p{Lu}[\p{L}\p{M}’'-]*)*(?=$|,|\s(?:on|in|at|last|this|after|before|during|over|for|since|by)\b)/u;

// "a day", "per week", "each year": a rate the counted are given at
const RATE_AFTER = /^(?:a|an|per|each|every) (?:second|minute|hour|day|night|week|fortnight|month|quarter|season|year)(?=$|[\s,])/;

// units of time and of play that a count measures a moment by ("seven minutes after the restart", "two games later")
const TIME_UNIT = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|games|matches|races|laps|rounds|seasons|innings|overs|holes|stages|sessions|legs)$/;
// a word after the counted noun that makes the count a measure of when or how far, not the verb's object
const MEASURE_WORD = /^(later|earlier|ago|sooner|after|before|into|behind|ahead|early|late|short|clear|apart|away|longer|shy)\b/;

/**
 * The phrase a count's noun and the words after it make as a measure of when (QUALITY.md R1):
 * in "He retired two games later" and "Galway equalised seven minutes after the restart" the count
 * is no object of the verb, and "How many games did he retire later?" breaks. The measure stays
 * with the count: `{ phrase: "later", rest }` gives "How many games later did he retire?", and
 * `{ phrase: "after the restart", rest }` (a time unit's phrase up to a comma) "How many minutes
 * after the restart did Galway equalise?", and "finished 14 seconds ahead of Bekele" "How many
 * seconds ahead of Bekele did he finish?". Takes the counted noun and the clause after it;
 * returns undefined where the count is the object ("arrested 38 people after the march": people
 * are no unit of time), null where the phrase holds a clause of its own ("after the restart when
 * Grealish headed in"), which cannot go before "did".
 */
function measurePhrase(noun: string, rest: string): { phrase: string; rest: string } | null | undefined {
	const word = MEASURE_WORD.exec(rest)?.[1];
	if (!word) return undefined;
	if (/^(?:later|earlier|ago|sooner)$/.test(word)) return { phrase: word, rest: rest.slice(word.length) };
	if (/^(?:after|before|into|behind|ahead|clear|short|shy|early|late|longer|apart|away)$/.test(word)) {
		if (/^(?:after|before|into)$/.test(word) && !TIME_UNIT.test(noun)) return undefined;
		const phrase = /^[^,;:]*/.exec(rest)![0].trim();
		// "after the restart when Grealish headed in": a clause inside the phrase, put before "did", no longer reads
		if (phrase.split(' ').length > 6 || /\b(?:when|as|while|that|which|who|and|but|or)\b/.test(phrase)) return null;
		return { phrase, rest: rest.slice(phrase.length) };
	}
	return undefined;
}
