import { isCity } from './lexicon';
import { quotedAt } from './quoted-at';
import type { Article, Sentence } from './types';
import { blankQuotes, withPossessive } from './words';
import { bodyLines } from './article';

/**
 * The court, the case and the arrested group of a court or police story, which its later
 * sentences call by a bare definite (QUALITY.md R4): "The court ordered the confiscation of ..."
 * after "A court in Porto on Thursday sentenced ..."; "The case came to light in 2023 after an
 * internal audit ..." after "Krzysztof Wójcik, 58, ..., was convicted on Tuesday by ...";
 * "The suspects, aged between 19 and 34, were detained ..." after "Police ... have arrested four
 * men on suspicion of running a phone fraud ring that ...". Read alone, none says which court,
 * whose case or which suspects, and the R4 check refused them in ten court and police stories of
 * the dev sets (holdout98 to 104, 107, 109, 111), though each lead names one court, one
 * defendant or one group. Here the court is written with the place the lead gives it ("The court
 * in Porto ordered ...", "The Bucharest court ...", "The Regional Court in Łódź ..."), the case
 * as the case against the lead's one defendant ("The case against Krzysztof Wójcik came to light
 * ..."), and the suspects as the group the first sentence says was arrested and what for ("The
 * four men arrested on suspicion of running a phone fraud ring, aged ..."), only where the article
 * tells of no other court, case or arrests that the words may mean; otherwise the stem is left
 * for the R4 check to refuse.
 */

/** What the rule reads of a story: its article, its sentences and its places by lower-case name. */
export interface CourtSource {
	article: Article;
	sentences: Sentence[];
	places: ReadonlyMap<string, unknown>;
}

// a place's name: capitalised words, "de" or "la" between them ("Saint-Priest", "Łódź", "Belo Horizonte")
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}’'-]*(?: (?:de |do |da |la |le )?\p{Lu}[\p{L}\p{M}’'-]*){0,2}`;
// "A court in Porto", "The criminal court in Ghent": group 1 the words before "court", 2 the place
const COURT_IN = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])(?:[Aa]n?|[Tt]he) ((?:[\p{Ll}-]+ ){0,2})court in (${PLACE})`, 'u');
// "A Bucharest court": group 1 the place, 2 the words between it and "court"
const PLACE_COURT = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])(?:[Aa]n?|[Tt]he) (${PLACE}) ((?:[\p{Ll}-]+ ){0,2})court(?![\p{L}\p{M}’'-])`, 'u');
// "the Regional Court in Łódź", "the 3rd Federal Criminal Court in Campinas", "The Bucharest Tribunal": a court's
// name; group 1 the name
const NAMED_COURT = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])[Tt]he ((?:\d+(?:st|nd|rd|th) )?(?:\p{Lu}[\p{L}\p{M}’'-]* ){1,4}(?:Court|Tribunal)(?: in ${PLACE})?)(?![\p{L}\p{M}’'-])`, 'u');
// every word of an article that may be a court
const COURT_WORD = /(?<![\p{L}\p{M}’'-])(?:[Cc]ourts?|[Tt]ribunals?)(?![\p{L}\p{M}’'-])/gu;
// a court that hears an appeal, which a story of a first ruling names only as where the ruling may go next
const APPEAL = /\b(?:[Aa]ppeals?|[Aa]ppellate)\b/;
// "a higher court", "the Supreme Court": a court other than the one that ruled, whatever its place
const OTHER_KIND = /\b(?:[Ss]upreme|[Cc]onstitutional|[Hh]igher|[Ll]ower|[Aa]nother|[Oo]ther|[Ss]econd|[Ss]eparate|[Mm]ilitary|[Ff]amily|[Yy]outh|[Dd]istrict|[Cc]ounty|[Hh]igh|[Cc]rown|[Mm]agistrates[’']?|[Ss]tate|[Ff]ederal)\b/;

/** The lead's court as a stem may write it: its words, and how they go into "The court". */
interface Court {
	/** "court in Porto", "Bucharest court", "Regional Court in Łódź". */
	phrase: string;
	/** `in`: "The [criminal] court" + " in Porto"; `before`: "The " + "Bucharest" + " [criminal] court"; `named`: the name for "The court". */
	kind: 'in' | 'before' | 'named';
	/** The place the court sits in, which every other mention of a court must share (or be an appeal's). */
	place: string;
}

// "Belgian", "French", "Portuguese", "Polish": a nationality before "court"
const DEMONYM = /(?:an|ish|ese|ch|ic|i)$/;
// "a court summary", "a court hearing": "court" as a noun's modifier, no court of its own
const ATTRIBUTIVE = /^ (?:summary|hearing|order|orders|document|documents|filing|filings|record|records|papers|date|ruling|spokes\p{Ll}+|official|officials|clerk|appearance|fees|costs|battle|case|cases)\b/u;

const COURTS = new WeakMap<Article, Court | null>();

/** Is `name` a place the story's taggers or the gazetteer know? */
function knownPlace(source: CourtSource, name: string): boolean {
	return source.places.has(name.toLowerCase()) || isCity(name);
}

/**
 * The one court a court story's lead (its first two paragraphs) names with a place: "A court in
 * Porto" → `{ phrase: 'court in Porto', kind: 'in' }`, "A Bucharest court" → `{ phrase:
 * 'Bucharest court', kind: 'before' }`, "the Regional Court in Łódź" → `{ kind: 'named' }`.
 * Undefined where the lead names none with a place ("A French court"), or the article tells of a
 * court that "the court" may mean instead: one of another place or another kind ("the Supreme
 * Court", "a higher court", "a court in Paris"), or a bare "a court" or "courts" after the lead.
 * A court of appeal is no rival: a first ruling's story names it only as where the ruling may go.
 * Cached per article.
 */
function leadCourt(source: CourtSource): Court | undefined {
	const { article, sentences } = source;
	let found = COURTS.get(article);
	if (found === undefined) {
		found = null;
		for (const s of sentences.filter((x) => x.paragraph <= 1)) {
			const text = blankQuotes(s.text);
			const named = NAMED_COURT.exec(text);
			const inPlace = COURT_IN.exec(text);
			const before = PLACE_COURT.exec(text);
			const candidates: { at: number; court: Court }[] = [];
			if (named && !APPEAL.test(named[1])) {
				const place = / in (.+)$/.exec(named[1])?.[1] ?? named[1].split(' ')[0];
				if (knownPlace(source, place)) candidates.push({ at: named.index, court: { phrase: named[1], kind: 'named', place } });
			}
			if (inPlace && !OTHER_KIND.test(inPlace[1]) && knownPlace(source, inPlace[2])) candidates.push({ at: inPlace.index, court: { phrase: `court in ${inPlace[2]}`, kind: 'in', place: inPlace[2] } });
			if (before && !OTHER_KIND.test(before[2]) && knownPlace(source, before[1])) candidates.push({ at: before.index, court: { phrase: `${before[1]} court`, kind: 'before', place: before[1] } });
			if (candidates.length) {
				found = candidates.sort((a, b) => a.at - b.at)[0].court;
				break;
			}
		}
		if (found && rivalCourt(source, found)) found = null;
		COURTS.set(article, found);
	}
	return found ?? undefined;
}

/**
 * Does the article tell of a court other than `court` (`leadCourt`), outside quotes? Each word
 * "court" is read with the words around it: a court with another place before or after it ("a
 * court in Paris", "the Lyon court"), of another kind ("the Supreme Court", "a higher court"),
 * "courts" or "tribunals", or after the lead "a court" with no place, is a rival; "the court", "told the court",
 * "in court", "a court summary" and a court of appeal are not.
 */
function rivalCourt(source: CourtSource, court: Court): boolean {
	return source.article.paragraphs.some((paragraph, p) => {
		const text = blankQuotes(paragraph);
		return [...text.matchAll(COURT_WORD)].some((m) => {
			const before = text.slice(Math.max(0, m.index - 80), m.index);
			const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
			const own = /(?:(?:\d+(?:st|nd|rd|th) )?(?:[\p{L}\p{M}’'-]+ ){0,4})$/u.exec(before)![0];
			if (`${own}${m[0]}${after}`.includes(court.phrase)) return false;
			const placeAfter = new RegExp(String.raw`^ in (${PLACE})`, 'u').exec(after)?.[1];
			if (APPEAL.test(`${own}${m[0]}${after.slice(0, 12)}`)) return false;
			if (OTHER_KIND.test(/(?:\S+ ){0,2}$/.exec(own)![0]) || /^ of\b/.test(after) || /s$/.test(m[0])) return true;
			// "the Bordeaux criminal court", "A Bucharest court": a place right after the article
			const placeBefore = new RegExp(String.raw`(?:^|\s)(?:[Tt]he|[Aa]n?) (${PLACE}) (?:[\p{Ll}-]+ ){0,2}$`, 'u').exec(own)?.[1];
			// "A Belgian court": a nationality says no place, and a lead's court is the one that rules ("the Milan court" does)
			const place = placeAfter ?? (placeBefore && (knownPlace(source, placeBefore) || !DEMONYM.test(placeBefore)) ? placeBefore : undefined);
			if (place) return !place.includes(court.place) && !court.place.includes(place);
			return p > 1 && /(?:^|\s)[Aa]n? (?:[\p{Ll}-]+ ){0,2}$/u.test(own) && !ATTRIBUTIVE.test(after);
		});
	});
}

// "Krzysztof Wójcik, 58, who oversaw ..., was convicted", "found Sorin-Mihai Drăgulescu, 58, guilty", "sentenced Koen
// Verhaeghe, 54,": a person with an age whom the lead's court convicts, sentences or tries; group 1 or 2 the name
const PERSON = String.raw`\p{Lu}[\p{L}\p{M}’'-]+(?: (?:de |da |do |dos |van |von |De |Van )?\p{Lu}[\p{L}\p{M}’'-]+){1,3}`;
const DEFENDANT = new RegExp(
	String.raw`(?<![\p{L}\p{M}’'-])(?:(?:found|convicted|sentenced|jailed|fined|acquitted|cleared)(?: that)? (${PERSON}), \d{2},|(${PERSON}), \d{2}, (?:[^.;]*? )?(?:was|were|has been|had been|is|went) (?:also )?(?:convicted|sentenced|found guilty|jailed|fined|acquitted|cleared|charged|on trial|received)\b|(${PERSON}), \d{2}, received (?:an? )?(?:[\p{L}\d-]+ ){0,3}sentence\b)`,
	'gu'
);
// a case the article tells of besides the story's own, which "the case" may mean instead
const OTHER_CASE = /\b(?:another|separate|second|similar|earlier|related|other|previous|unrelated|parallel|civil) case\b/i;
// "The case came to light", "the case was one of ...": the case as the subject of its own verb; group 1 "the"
const BARE_CASE = /(?<![\p{L}\p{M}’'-])(?:^|(?<=\b(?:said|says|added|noted) (?:that )?))([Tt]he) case(?= (?:came|grew|began|begun|dates|dated|stems|stemmed|emerged|centred|centered|centres|centers|involved|involves|arose|was|is|has|had|followed|drew|went|opened|will|would))/gu;

// "The trial lasted five weeks", "The fraud came to light in 2023", "The scheme ran for a decade": the story's one trial or
// fraud as the subject of its own verb; group 1 the noun
const BARE_DEED = /^The (trial|fraud|scheme)(?= (?:came|lasted|began|begun|opened|ended|closed|ran|continued|resumed|heard|went|was|is|has|had|will|would|involved|involves|emerged|cost|netted|dates|dated|stems|stemmed|unravelled|unraveled|collapsed)\b)/u;
// a trial, fraud or scheme the article tells of besides the story's own, which the bare noun may mean instead
const OTHER_DEED = /\b(?:another|separate|second|similar|earlier|related|other|previous|unrelated|parallel|first|new|civil|pension|bonus|loan|grant|government) (?:trial|fraud|scheme)s?\b|\bretrial\b|\b(?:trials|frauds|schemes)\b/i;

// a person the story tells of as cleared, or as one of several who did it: a fraud that may not be the defendant's alone
const SHARED_GUILT = /\b(?:acquitted|cleared|not guilty|co-defendants?|accomplices?|co-conspirators?|conspired|conspiracy|together with|alongside)\b/i;

const DEFENDANTS = new WeakMap<Article, string | null>();

/**
 * The one person a court story's lead (its first two paragraphs) says the court convicted,
 * sentenced, fined, cleared or tried, by the name and age it gives them: "Krzysztof Wójcik, 58,
 * ..., was convicted on Tuesday by ..." → "Krzysztof Wójcik". Undefined where the lead names no
 * such person, or two ("sentenced Koen Verhaeghe, 54, ... Annelies De Smet, 41, received a
 * suspended sentence"), or the article tells of another case (`OTHER_CASE`). Cached per article.
 */
function leadDefendant(source: CourtSource): string | undefined {
	const { article, sentences } = source;
	let found = DEFENDANTS.get(article);
	if (found === undefined) {
		found = null;
		const names = new Set(sentences.filter((x) => x.paragraph <= 1).flatMap((x) => [...blankQuotes(x.text).matchAll(DEFENDANT)].map((m) => (m[1] ?? m[2] ?? m[3]).replace(/^(?:Judge|Mr|Mrs|Ms|Dr) /, ''))));
		if (names.size === 1 && !article.paragraphs.some((p) => OTHER_CASE.test(blankQuotes(p)))) found = [...names][0];
		DEFENDANTS.set(article, found);
	}
	return found ?? undefined;
}

const COUNTS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{2,3}';
// "Detectives have arrested four suspects, among them a guard, in connection with Tuesday's robbery of a cash-in-transit
// vehicle on the Thika Superhighway in which ...", "Police have arrested four men on suspicion of running a phone
// fraud ring that ...": group 1 the verb, 2 the count, 3 the noun, 4 the link, 5 what for (cut before a clause on it)
const ARRESTS_ACTIVE = new RegExp(String.raw`\b(?:have|has|had) (arrested|charged|detained) (${COUNTS}) (suspects|men|women|people)(?:, [^,;]{1,60},)? (in connection with|on suspicion of|over) ([^,;:“”"()]+?)(?= (?:in which|that|who|which|by|after|in an?|across|,)\b|[,;.])`, 'iu');
// "Three men have been charged in connection with a series of overnight thefts in which ...": the same, in the passive; group 1 the count, 2 the noun, 3 the verb, 4 the link, 5 what for
const ARRESTS_PASSIVE = new RegExp(String.raw`(?:^|(?<=[—–-] ))(${COUNTS}) (suspects|men|women|people) (?:have been|had been|were) (arrested|charged|detained) (in connection with|on suspicion of|over) ([^,;:“”"()]+?)(?= (?:in which|that|who|which|by|after|in an?|across|,)\b|[,;.])`, 'iu');
// any other count of people arrested, charged or detained, which "the suspects" may mean instead
const OTHER_ARRESTS = new RegExp(String.raw`\b(?:(?:arrested|charged|detained) (?:a further |another |(?:${COUNTS}) (?:more|other) )|(?:${COUNTS}) (?:more|other) (?:people|suspects|men|women) (?:were|have been|had been) (?:arrested|charged|detained))`, 'iu');
// "The suspects", "The four suspects", "The men": an opening pointer to the lead's arrested group; group 1 a count, 2 the noun
const ARRESTED_POINTER = new RegExp(String.raw`^The (?:(${COUNTS}) )?(suspects|men|women)(?=,? \p{Ll})(?! (?:who|whom|whose|that|arrested|charged|detained)\b)`, 'u');

const ARRESTS = new WeakMap<Article, { count: string; noun: string; verb: string; purpose: string } | null>();

/**
 * The group a police story's first sentence says was arrested, charged or detained and for what:
 * "Detectives have arrested four suspects ... in connection with Tuesday's robbery of a
 * cash-in-transit vehicle on the Thika Superhighway in which ..." → `{ count: 'four', noun:
 * 'suspects', verb: 'arrested', purpose: "in connection with Tuesday's robbery of a
 * cash-in-transit vehicle on the Thika Superhighway" }`. Undefined where the first sentence
 * says no such group, what for runs past 14 words, or the article tells of more arrests
 * (`OTHER_ARRESTS`), which "the suspects" may mean instead. Cached per article.
 */
function leadArrests(source: CourtSource): { count: string; noun: string; verb: string; purpose: string } | undefined {
	const { article, sentences } = source;
	let found = ARRESTS.get(article);
	if (found === undefined) {
		found = null;
		const first = sentences[0] && sentences[0].paragraph === 0 ? blankQuotes(sentences[0].text) : '';
		const active = ARRESTS_ACTIVE.exec(first);
		const passive = active ? null : ARRESTS_PASSIVE.exec(first);
		const group = active ? { count: active[2], noun: active[3], verb: active[1], link: active[4], what: active[5] } : passive ? { count: passive[1], noun: passive[2], verb: passive[3], link: passive[4], what: passive[5] } : undefined;
		if (group && group.what.split(' ').length <= 14 && !article.paragraphs.some((p) => OTHER_ARRESTS.test(blankQuotes(p)))) {
			found = { count: group.count.toLowerCase(), noun: group.noun.toLowerCase(), verb: group.verb.toLowerCase(), purpose: `${group.link.toLowerCase()} ${group.what}` };
		}
		ARRESTS.set(article, found);
	}
	return found ?? undefined;
}

// "The court ordered", "The criminal court found": a court with nothing after it that says which; group 1 the words between
const BARE_COURT = /^The ((?:criminal |regional |trial )?)court(?= (?:ordered|found|heard|ruled|said|sentenced|convicted|acquitted|cleared|fined|rejected|accepted|dismissed|decided|imposed|awarded|also|then|later|was|has|had|will|would)\b)/u;

/**
 * `stem` with an opening bare "The court" written as the lead's one court
 * (`leadCourt`): "The court ordered ..." → "The court in Porto ordered ...", "The Bucharest court
 * ordered ...", "The Regional Court in Łódź ordered ..."; an opening "The suspects", "The four
 * suspects" or "The men" written as the lead's arrested group (`leadArrests`, of the same count
 * and, for men or women, the same noun): "The four suspects arrested in connection with Tuesday's
 * robbery of a cash-in-transit vehicle on the Thika Superhighway are expected ..."; and a bare "the case" as its subject
 * written as the case against the lead's one defendant (`leadDefendant`): "The case came to
 * light in 2023 ..." → "The case against Krzysztof Wójcik came to light in 2023 ...". Inside a
 * direct quote nothing is written (QUALITY.md R6: a speaker's words stay theirs). Unchanged
 * where no court or defendant fits, or the stem already names it.
 */
export function nameCourtReferents(source: CourtSource, stem: string): string {
	let named = stem;
	const court = BARE_COURT.exec(named) ? leadCourt(source) : undefined;
	if (court && !named.includes(court.phrase)) {
		named = named.replace(BARE_COURT, (whole, words: string) => {
			if (court.kind === 'in') return `The ${words}${court.phrase}`;
			if (court.kind === 'before') return `The ${court.place} ${words}court`;
			return words && !court.phrase.toLowerCase().includes(words.trim()) ? whole : `The ${court.phrase}`;
		});
	}
	const group = ARRESTED_POINTER.exec(named);
	const arrested = group ? leadArrests(source) : undefined;
	if (group && arrested && (!group[1] || group[1].toLowerCase() === arrested.count) && (group[2] === 'suspects' || group[2] === arrested.noun)) {
		named = `The ${arrested.count} ${group[2]} ${arrested.verb} ${arrested.purpose}${named.slice(group[0].length)}`;
	}
	// every match holds "case", which most stems lack: the pattern's lookbehinds, tried at every letter, cost more
	const defendant = named.includes(' case') && named.search(BARE_CASE) >= 0 ? leadDefendant(source) : undefined;
	if (defendant && !named.includes(defendant)) {
		let done = false;
		named = named.replace(BARE_CASE, (whole, the: string, at: number) => {
			if (done || quotedAt(named, at)) return whole;
			done = true;
			return `${the} case against ${defendant}`;
		});
	}
	const deed = BARE_DEED.exec(named);
	const accused = deed ? leadDefendant(source) : undefined;
	if (deed && accused && !named.includes(accused) && oneDeed(source, deed[1])) {
		named = `${deed[1] === 'trial' ? `The trial of ${accused}` : `${withPossessive(accused, '’s', bodyLines(source.article))} ${deed[1]}`}${named.slice(deed[0].length)}`;
	}
	return named;
}

/**
 * Does a court story tell of one `noun` ("trial", "fraud" or "scheme"), which its lead's one
 * defendant is the one tried or convicted of? A fraud or a scheme must be one the headline or
 * lead (first two paragraphs) names, in a story that clears no one and tells of no accomplice
 * (`SHARED_GUILT`: the fraud may then be not the defendant's alone, or the one-named person the
 * cleared one); a trial one that no other (a retrial, "a separate trial", "trials") may rival.
 * A stem's bare "The fraud" is then "<defendant>’s fraud" (QUALITY.md R4).
 */
function oneDeed(source: CourtSource, noun: string): boolean {
	const { article, sentences } = source;
	if (article.paragraphs.some((p) => OTHER_DEED.test(blankQuotes(p)))) return false;
	if (noun === 'trial') return true;
	if (article.paragraphs.some((p) => SHARED_GUILT.test(blankQuotes(p)))) return false;
	const lead = [article.title, ...sentences.filter((x) => x.paragraph <= 1).map((x) => x.text)].map(blankQuotes).join(' ');
	return new RegExp(String.raw`(?<![\p{L}\p{M}’'-])${noun}(?![\p{L}\p{M}’'-])`, 'iu').test(lead);
}
