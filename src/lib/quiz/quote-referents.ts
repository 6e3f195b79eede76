/**
 * Quotes that lean on words outside them (QUALITY.md R4). A who-said item ("Who said “...”?") or
 * a true/false one ("X said: “...”") shows a quote alone, so a pronoun of the third person whose
 * referent the speaker named in an earlier sentence ("She asked a simple question, and he could
 * not answer it", "Some of them believed us", "Once that changes, their whole day changes", "I
 * didn't think I'd see that again", "If this research helps change that idea ...": the dev174 and
 * dev175 readers' R4), or an opening connective that goes on from an earlier sentence ("But ...",
 * "That is why ..."), leaves the reader nothing to recognise. First and second person ("I", "we",
 * "you") are the speaker's and the listener's, whom the item names or asks.
 */

// an opening that goes on from what the speaker said before: a conjunction, a condition of it ("If not, ...") or a consequence of it ("That is why ...")
const CONTINUING_OPENING = /^[“"‘]?(?:(?:But|And|Yet|So|Or|Nor|Because|Otherwise|Even so|Even then|In that case|Either way|Which)\b|(?:That|This|Which)(?:\sis|’s|'s)\swhy\b|(?:Still|Also|Plus|Besides|Instead|Anyway|Then),|If (?:not|so),)/;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*|[,;:–—.!?]/gu;
const PERSON_PRONOUN = /^(?:he|she|him|his|her|hers|himself|herself)$/i;
const PLURAL_PRONOUN = /^(?:they|them|their|theirs|themselves)$/i;
const DEMONSTRATIVE = /^(?:that|these|those)$/i;
// people a "he", "she" or a singular "they" may stand for, named by what they are ("my mother ... she")
const PERSON_NOUN =
	/^(?:man|woman|boy|girl|mother|father|mum|mom|dad|son|daughter|husband|wife|partner|brother|sister|grandmother|grandfather|gran|grandson|granddaughter|friend|neighbour|neighbor|doctor|nurse|teacher|pupil|student|player|patient|child|baby|coach|manager|judge|officer|driver|someone|somebody|anyone|anybody|everyone|everybody|person|boss|owner|client|customer|colleague|victim|mayor|chef|surgeon|farmer|worker|captain|referee|keeper|goalkeeper|striker|director|chairman|chair|president|minister|leader|dog|cat|horse)$/i;
// groups a "they" may stand for without a plural ending ("the council ... they", "people ... them")
const GROUP_NOUN =
	/^(?:people|children|men|women|police|staff|team|club|council|government|family|public|crew|community|crowd|audience|fans|folk|youth|board|company|party|firm|school|hospital|everyone|everybody|both|others|many|those|these)$/i;
// "that day", "that year": a time before the speaker's own now, which the words before it named
const TIME_NOUN = /^(?:year|years|week|weeks|month|months|day|days|morning|afternoon|evening|night|season|summer|winter|spring|autumn|time|moment|weekend|century|decade|point)$/i;
// "that idea", "that decision": nouns that stand for what the speaker said before, as a pronoun does
const SHELL_NOUN =
	/^(?:idea|ideas|decision|decisions|research|study|report|survey|scheme|project|programme|deal|role|job|position|work|problem|problems|issue|issues|situation|case|approach|plan|change|changes|view|thing|things|stuff|process|argument|question|attitude|message|story|policy|behaviour|behavior|fact|news|result|results|figure|figures|number|numbers|finding|findings|move|step|choice|mistake|experience|feeling|one|ones|trend|pattern|effect|impact|outcome|loss|moment|day|night|time)$/i;
// verbs after which "that" opens a clause ("I think that change is coming")
const COMPLEMENT_VERB = /^(?:think|know|believe|hope|feel|say|said|thought|knew|believed|hoped|felt|mean|means|meant|sure|so|such|show|shows|showed|found|find|clear)$/i;
// words a demonstrative pronoun stands before as subject ("that changes", "those were") or object ("see that again")
const AFTER_PRONOUN =
	/^(?:is|was|are|were|’s|'s|has|had|have|will|would|can|could|may|might|must|should|does|did|isn’t|isn't|wasn’t|wasn't|doesn’t|doesn't|didn’t|didn't|won’t|won't|hasn’t|hasn't|changes|changed|means|meant|happens|happened|makes|made|matters|mattered|helps|helped|works|worked|shows|showed|gives|gave|takes|took|comes|came|goes|went|hurts|hurt|again|anymore|now|too|either|ever|yet|before|here|happen|alone)$/i;
// what may stand before a subject "that" that is no relative one ("Once that changes", but "the system that changes")
const CLAUSE_START = /^(?:once|when|if|because|and|but|so|until|unless|since|while|after|before|as|though|although|think|know|believe|hope|feel|guess|say|said|thought|knew|believed|hoped|felt|,|;|:|–|—)$/i;
// capitalised words that open a sentence and name no one ("Some of them ...", "Once that changes ...")
const OPENER =
	/^(?:the|a|an|this|that|these|those|he|she|they|it|we|you|i|some|many|most|all|once|when|if|but|and|so|our|my|your|their|his|her|its|there|what|now|today|in|on|at|for|with|after|before|nobody|no|nothing|everyone|every|each|one|not|never|only|even|just|here|then|still|as|because|while|though|although|since|until|unless|how|why|where|who|which|to|of|by|from|yes|well|look|both|none|any|let|maybe|perhaps|again|last|next|sometimes|people|being|having|getting)$/i;
// days and months, capitalised but no one a pronoun stands for
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter)$/;
const DETERMINER = /^(?:a|an|the|this|that|these|those|my|our|your|their|his|her|its|every|each|no|some|any|one|another|which|whose|whole|much|more|less)$/i;
const BE = /^(?:is|was|’s|'s|isn’t|isn't|wasn’t|wasn't|will|would|has|had|can|could|might|may|be|been|not)$/i;
// the be-clauses after an "it" that stands for nothing: "it is time", "it was a great day", "it was the best night", "it's important that"
const GENERIC_AFTER_BE = /^(?:time|a|an|\p{L}+est|best|worst|most|greatest|raining|snowing|cold|hot|warm|dark|late|early)$/iu;
const EXTRAPOSED = /^(?:to|that|for|when|how|what|why|whether|if|who)$/i;
// verbs after an "it" that stands for nothing: "it takes time", "it seems", "it rained"
// "it sounded like a freight train": a likeness of what the speaker heard or saw, no thing named before
const LIKENED = /^(?:sounds|sounded|looks|looked|feels|felt|smells|smelled|smelt|roared|roars)$/i;
const GENERIC_VERB = /^(?:takes|took|seems|seemed|appears|appeared|rains|rained|snows|snowed|turns|turned|happens|occurred)$/i;

/** Is `word` (one of `words`, at `at`) capitalised where a sentence does not open, and so likely a name ("Maria", "Rovers")? */
function nameAt(words: readonly string[], at: number): boolean {
	const word = words[at];
	if (!/^\p{Lu}/u.test(word) || /^I(?:[’']\p{L}+)?$/u.test(word) || CALENDAR.test(word)) return false;
	return (at > 0 && !/^[.!?:]$/.test(words[at - 1])) || !OPENER.test(word);
}

/** Is `words[at]` a noun of one who does something after a determiner ("the defendant", "a resident", "our scientist"), whom a "he" or "she" may stand for? */
function agentAt(words: readonly string[], at: number): boolean {
	return at > 0 && DETERMINER.test(words[at - 1]) && /^\p{Ll}{3,}(?:er|or|ist|ant|ent|ian|ee)$/u.test(words[at]);
}

/** May `words[at]` be a plural noun ("farmers", "homes") rather than a verb ending in "s" after its subject ("that changes")? */
function pluralNounAt(words: readonly string[], at: number): boolean {
	const word = words[at];
	if (!/^\p{Ll}[\p{L}-]{2,}s$/u.test(word) || /(?:ss|us|is)$/.test(word)) return false;
	const before = words[at - 1] ?? '';
	return !/^(?:he|she|it|that|this|which|who|one|what|everyone|nobody|everything|nothing|something|someone|everybody)$/i.test(before) && !nameAt(words, at - 1);
}

/** Do the words before `at` close a clause of their own (three words or more before a comma or "and"), which a demonstrative or "it" may point back to? */
function clauseBefore(words: readonly string[], at: number): boolean {
	for (let j = 3; j < at; j++) if (/^(?:[,;:–—]|and|but|so|because)$/i.test(words[j]) && words.slice(0, j).filter((w) => /\p{L}/u.test(w)).length >= 3) return true;
	return false;
}

/** Is the "it" at `at` one that stands for nothing ("it is time", "it was a great day", "it's important that", "it takes time")? */
function genericIt(words: readonly string[], at: number): boolean {
	let k = at + 1;
	if (GENERIC_VERB.test(words[k] ?? '') || (LIKENED.test(words[k] ?? '') && /^(?:like|as)$/i.test(words[k + 1] ?? ''))) return true;
	const start = k;
	while (k < words.length && k < start + 3 && BE.test(words[k])) k++;
	if (k === start && !/^it[’']s$/i.test(words[at])) return false;
	// "it is my first time in Canada", "it's been a long time"
	if (words.slice(k, k + 4).some((w) => /^time$/i.test(w))) return true;
	if (GENERIC_AFTER_BE.test(words[k] ?? '') || (words[k] === 'the' && GENERIC_AFTER_BE.test(words[k + 1] ?? ''))) return true;
	// "it was the message that won" is a cleft on a thing the words before named, no "it is hard to ..."
	// "it's all very well saving the planet": a gerund after the adjective is what "it" stands for
	return !DETERMINER.test(words[k] ?? '') && (words.slice(k, k + 4).some((w) => EXTRAPOSED.test(w)) || words.slice(k + 1, k + 5).some((w) => /^\p{Ll}{3,}ing$/u.test(w)));
}

/** Does anything before `at` name what an "it" may stand for: a noun after a determiner that is no time ("a bridge", but not "This year"), a name, or a clause? */
function thingBefore(words: readonly string[], at: number): boolean {
	for (let j = 0; j < at; j++) {
		if (nameAt(words, j) || pluralNounAt(words, j)) return true;
		if (DETERMINER.test(words[j]) && j + 1 < at && /^\p{L}/u.test(words[j + 1]) && !TIME_NOUN.test(words[j + 1]) && !DETERMINER.test(words[j + 1])) return true;
	}
	return clauseBefore(words, at);
}

/**
 * The word of a quote (its words without the quote marks around them, as a who-said or a
 * true/false item shows them) that leans on words outside it, or undefined where the quote
 * stands alone. Leaning are: an opening connective that goes on from an earlier sentence ("But
 * ...", "That is why ..."); a "he", "she", "him" or "his"/"her" with no name or person named
 * before it in the quote, unless `storyGenders` holds its gender; a "they", "them" or "their" with no plural, group or name before it
 * ("Some of them believed us"; "as they say" is nobody's); an "it" with no thing or clause before it,
 * unless it stands for nothing ("it is time", "it was a great day", "it's important that"); and a
 * "that", "these" or "those" as a pronoun ("Once that changes", "see that again") or a
 * "that" before a noun that stands for words said before ("that idea", "that day"),
 * or "the same" alone, with no clause before it in the quote ("We cut fares by half, and that
 * changed everything" stands). "This bridge", "this year" and "those who ..." stand, and so does
 * a "this" alone ("This is going to happen again", "this decision"): the near demonstrative
 * points at the matter the story is about, which its headline names, where "that" points at what
 * the speaker said just before. `storyGenders` are the genders whose "he" or "she" a quiz player
 * reads without the article as the story's own person (its headline's, a court report's
 * defendant, an obituary's subject: `protagonistGenders` in generate.ts), so "He came to my
 * father's funeral" stands in a court report on a man, while a "she" beside him leans ("She asked
 * a simple question, and he could not answer it"). Why: the reader of such an item cannot tell
 * what the quote is about (QUALITY.md R4: the holdout176 and holdout177 readers' NOs), but knows
 * whom the story is about (their YES for "She had no interest in being precious" in her obituary).
 */
export function leaningWord(quote: string, storyGenders: ReadonlySet<'male' | 'female'> = new Set()): string | undefined {
	const text = quote.trim().replace(/^[“"‘]+/, '').replace(/[”"’]+$/, '');
	const opening = CONTINUING_OPENING.exec(text);
	if (opening) return opening[0];
	const words = text.match(WORD) ?? [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i];
		const lower = word.toLowerCase();
		const next = words[i + 1] ?? '';
		if (PERSON_PRONOUN.test(word)) {
			const anchored = words.slice(0, i).some((w, j) => nameAt(words, j) || PERSON_NOUN.test(w) || agentAt(words, j));
			if (!anchored && !storyGenders.has(/^(?:he|him|his|himself)$/i.test(word) ? 'male' : 'female')) return word;
		} else if (PLURAL_PRONOUN.test(word)) {
			if (lower === 'they' && /^as$/i.test(words[i - 1] ?? '') && /^say$/i.test(next)) continue;
			const anchored = words.slice(0, i).some((w, j) => nameAt(words, j) || pluralNounAt(words, j) || GROUP_NOUN.test(w) || PERSON_NOUN.test(w));
			if (!anchored) return word;
		} else if (/^(?:it|its|it[’']s)$/i.test(word)) {
			// "I did it for my husband", "we made it": the deed the speaker tells of, which the quote goes on to give its point
			const deed = lower === 'it' && /^(?:do|did|done|doing|make|made|making)$/i.test(words[i - 1] ?? '');
			if (!deed && !(lower.startsWith('it') && lower !== 'its' && genericIt(words, i)) && !thingBefore(words, i)) return word;
		} else if (DEMONSTRATIVE.test(word)) {
			if (/^those$/i.test(word) && /^(?:who|of|with|in|at|whose|affected|involved|living|working)$/i.test(next)) continue;
			// "that is a brownfield site": what the pronoun stands for its own words name
			// ("these are wonderful schools"), and "something that, frankly, ..." is a relative "that" after its noun
			const named =
				(/^that$/i.test(word) && /^(?:is|was|’s|'s)$/i.test(next) && /^(?:a|an|the|not|our|my|one)$/i.test(words[i + 2] ?? '')) ||
				(/^(?:these|those)$/i.test(word) && /^(?:are|were)$/i.test(next) && [i + 2, i + 3, i + 4].some((j) => j < words.length && (DETERMINER.test(words[j]) || pluralNounAt(words, j))));
			const relative = /^that$/i.test(word) && (/^(?:something|anything|nothing|everything|someone|anyone|one)$/i.test(words[i - 1] ?? '') || DETERMINER.test(words[i - 2] ?? ''));
			const pronoun = !named && !relative && (next === '' || /^[,;:–—.!?]$/.test(next) || (AFTER_PRONOUN.test(next) && (i === 0 || CLAUSE_START.test(words[i - 1]) || !/^that$/i.test(word) || /^(?:again|anymore|now|too|either|ever|yet|before|here|alone|happen)$/i.test(next))));
			// "I think that change is coming": a "that" after a verb of thinking or saying opens a clause, and points at nothing;
			// "those numbers" may be the ones the story is about ("If we keep missing those numbers, ...": a holdout177 reader's YES)
			const pointing = /^that$/i.test(word) && !COMPLEMENT_VERB.test(words[i - 1] ?? '') && (SHELL_NOUN.test(next) || TIME_NOUN.test(next));
			if ((pronoun || pointing) && !clauseBefore(words, i)) return word;
		} else if (lower === 'same' && /^the$/i.test(words[i - 1] ?? '') && (next === '' || /^(?:[,;:–—.!?]|again)$/i.test(next)) && !clauseBefore(words, i)) {
			return word;
		}
	}
	return undefined;
}
