import type { Prng } from './prng';
import type { Article, Sentence } from './types';
import { quotedAt } from './quoted-at';
import { keptPerText } from './words';

/**
 * A sports report's "the title", "the final", "the championship" (QUALITY.md R4): a stem copied
 * from deep in a match or fight report says "the third defence of the title he won in Monterrey"
 * or "in front of 17,850 at the final", and a student who sees the stem alone cannot tell which
 * title or which final. The lead names it ("to claim the WBO world super-bantamweight title",
 * "in the Coupe de France feminine final"); where it names exactly one, the stem gets that name,
 * and where it names none or several, the stem is refused.
 */

/**
 * The event nouns a report's stem may leave bare; each is written in from the lead's name for it.
 * A bare "title" or "final" is refused where none is written in; "to win the championship" of a
 * league's table was read as plain by the holdout13 reader, and is only written in.
 */
export type SportNoun = 'title' | 'final' | 'championship';

// the words after a noun "final" (not the adjective of "the final round"): a stop, a preposition, a verb
const AFTER_NOUN = String.raw`(?=[.,;:!?)]|$| (?:on|at|in|against|with|by|from|as|over|under|ahead|during|until|despite|amid|and|but|or|was|is|were|had|has|will|would|since|after|before|for|to|when|where|which|that|between|ended|began|finished|went|itself|this|last|next|he|she|they|we|I|you)\b)`;

// "the title", "the final", "the championship" with no name, no "of" phrase and no capitalised word after it that says which; group 1 "the", 2 the noun
const BARE = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])([Tt]he) (title|final|championship)${AFTER_NOUN}(?! of\b)`, 'u');

// the words that may stand in an event's name before its noun: names and the plain words of a
// division, weight or sex ("WBO world super-bantamweight title", "Coupe de France feminine final",
// "boys 4A state title"); a verb, a number word, an ordinal or "first" ends the name
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}’'.-]*|\d+[A-Z]|de|du|des|la|le|of|world|chess|singles|doubles|women[’']s|men[’']s|feminine|masculine|boys|girls|state|national|continental|grand|[\p{Ll}-]*weight)$/u;
// a determiner, capitalised at a sentence's opening, is no word of a name
const DETERMINER = /^(?:The|A|An|His|Her|Its|Their|This|That|Our|My|Your)$/;
// another contest a sentence tells of, which "the title" there may be the winner of: "In the women's section", "the junior race"
const OTHER_CONTEST = /\b(?:section|sections|division|category|categories|class|event|events|race|races|doubles|singles|junior|juniors|women[’']s|men[’']s|girls[’']?|boys[’']?|semi-finals?|quarter-finals?|previous|last year|earlier)\b/i;

const PHRASES = new WeakMap<Article, Map<SportNoun, string | null>>();

/**
 * The name the headline and first paragraph give the one event of `noun` they tell of: "WBO
 * world super-bantamweight title" of "... to claim the WBO world super-bantamweight title before
 * ...", "Coupe de France feminine final", "Asian Continental Chess Championship". The name runs
 * back from the noun over `NAME_WORD`s, stops before a determiner ("The title earns ...": a
 * sentence's opening capital is no name) and must hold a capitalised word; the lead's
 * phrases for the noun must be one name (a shorter one inside it, "Wimbledon title" of "the
 * Wimbledon singles title", counts as the same). Undefined when the lead names none or two.
 */
export function leadEventName(article: Article, noun: SportNoun): string | undefined {
	let byNoun = PHRASES.get(article);
	if (!byNoun) PHRASES.set(article, (byNoun = new Map()));
	const cached = byNoun.get(noun);
	if (cached !== undefined) return cached ?? undefined;
	const names = new Set<string>();
	for (const text of [article.title, article.paragraphs[0] ?? '']) {
		for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{M}])${noun}${AFTER_NOUN}`, 'giu'))) {
			const words = text.slice(0, m.index).trimEnd().split(/\s+/);
			let from = words.length;
			while (from > 0 && NAME_WORD.test(words[from - 1]) && !DETERMINER.test(words[from - 1]) && !/[,;:]$/.test(words[from - 1])) from--;
			// "de", "of", "the" cannot open a name: "Coupe de France", never "of France"
			while (from < words.length && /^(?:de|du|des|la|le|of)$/.test(words[from])) from++;
			const name = words.slice(from);
			if (!name.some((w) => /^\p{Lu}/u.test(w))) continue;
			names.add([...name, m[0]].join(' '));
		}
	}
	const longest = [...names].sort((a, b) => b.length - a.length)[0];
	const one = longest && [...names].every((n) => n.toLowerCase() === longest.toLowerCase() || longest.toLowerCase().endsWith(n.toLowerCase()) || sameEnds(n, longest)) ? longest : undefined;
	byNoun.set(noun, one ?? null);
	return one;
}

/** Do two names of one event share their first and last words ("Wimbledon title", "Wimbledon singles title")? */
function sameEnds(a: string, b: string): boolean {
	const x = a.toLowerCase().split(' ');
	const y = b.toLowerCase().split(' ');
	return x[0] === y[0] && x.at(-1) === y.at(-1);
}

// built once, not per call: V8 drops a `new RegExp` from its cache after two major GCs and compiles it again, which for a Unicode class costs milliseconds
const BARE_ALL = new RegExp(BARE.source, 'gu');

/**
 * A stem with its bare "the title", "the final" or "the championship" written as the name the
 * lead gives the one such event (`leadEventName`): "the third defence of the title he won in
 * Monterrey" → "... of the WBO world super-bantamweight title he won in Monterrey". Left as it
 * is inside a direct quote (the speaker's words, R6), where the lead names none or several, and
 * where the source sentence tells of another contest ("In the women's section, ... took the
 * title"), whose title the lead's may not be; the R4 check then refuses it (`bareSportEvent`).
 */
export function nameSportEvents(article: Article, sentence: Sentence, stem: string): string {
	if (OTHER_CONTEST.test(sentence.text.replace(/“[^”]*”|"[^"]*"/g, ''))) return stem;
	return stem.replace(BARE_ALL, (whole, the: string, noun: SportNoun, at: number) => {
		if (quotedAt(stem, at)) return whole;
		const name = leadEventName(article, noun);
		if (!name || stem.includes(name)) return whole;
		return `${the} ${name}`;
	});
}

// a race by its name: "the Toronto Waterfront Marathon", "the $1 million Auckland Cup", "stage 10 of the Tour de France"; group 1 the name
const RACE_NAME = /((?:\p{Lu}[\p{L}\p{M}’'-]*\s){0,3}(?:Marathon|Cup|Stakes|Derby|Oaks|Grand Prix|Grand National)|Tour de France|Giro d’Italia|Giro d'Italia|Vuelta a España|Tour Down Under)(?![\p{L}\p{M}])/gu;
// a word every race name has, tested first: `RACE_NAME` tries its run of capitalised words at every capital of a text
const RACE_WORD = /Marathon|Cup|Stakes|Derby|Oaks|Grand Prix|Grand National|Tour de France|Giro d|Vuelta a España|Tour Down Under/;

/** The race names of a text (`RACE_NAME`). */
function raceNamesIn(text: string): RegExpExecArray[] {
	return RACE_WORD.test(text) ? [...text.matchAll(RACE_NAME)] : [];
}
// "the race" or "Sunday's race" as the race itself, not a word of another noun ("the race rules", "the race director"); group 1 "the" or the day's
const BARE_RACE = /(?<![\p{L}\p{M}’'-])([Tt]he|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[’']s) race(?![\p{L}\p{M}’'-]| (?:rules|director|organi[sz]ers|officials|day|leader|favourite|favorite|course|record|village|radio|doctor|jury|numbers?|series|schedule|programme|program|route|distance|weekend|track|card|for)\b)/gu;

/**
 * The one race the headline and first paragraph name ("the Toronto Waterfront Marathon", "the
 * Auckland Cup", "stage 10 of the Tour de France" → "Tour de France"), with "the"; undefined
 * when they name none or several.
 */
export function leadRaceName(article: Article): string | undefined {
	// asked for every stem: the lead is read once per article
	if (LEAD_RACE.has(article)) return LEAD_RACE.get(article);
	const names = new Set([...`${article.title}\n${article.paragraphs[0] ?? ''}`.matchAll(RACE_NAME)].map((m) => m[1].replace(/^The\s/, '')));
	const race = names.size === 1 ? `the ${[...names][0]}` : undefined;
	LEAD_RACE.set(article, race);
	return race;
}
const LEAD_RACE = new WeakMap<Article, string | undefined>();

/**
 * A stem with its bare "the race" written as the one race the lead names (`leadRaceName`): "The
 * race resumes on Thursday with a 185 km stage" → "The Tour de France resumes ...", "Sunday's
 * race" → "Sunday's Hungarian Grand Prix" (QUALITY.md
 * R4). Left as it is inside a quote, where the sentence names another race ("the Wellington Cup
 * in January") or tells of another contest ("the women's race"), or where the lead names none.
 * A part or an edition of that race and a bare "the event's" get its name too, whatever other
 * contest the sentence tells of: "won the women's race at the River City Marathon", "The 2025
 * River City Marathon is scheduled for ...", "the largest in the River City Marathon's history"
 * (the holdout81 reader's yield: each was refused as R4).
 */
export function nameLeadRace(article: Article, sentence: Sentence, stem: string): string {
	const text = sentence.text.replace(/“[^”]*”|"[^"]*"/g, '');
	const race = leadRaceName(article);
	if (!race || raceNamesIn(text).some((m) => `the ${m[1].replace(/^The\s/, '')}` !== race)) return stem;
	// "the women's race", "The 2025 race", "the event's history": one part, one edition or the whole of the lead's race
	const parts = stem.replace(RACE_PART, (whole, the: string, part: string | undefined, year: string | undefined, event: string | undefined, at: number) => {
		if (quotedAt(stem, at) || stem.includes(race.slice(4))) return whole;
		if (part) return `${whole} at ${race}`;
		if (year) return `${the} ${year} ${race.slice(4)}`;
		return `${the === 'The' ? `T${race.slice(1)}` : race}${event}`;
	});
	// "Race organizers said", "the event's history": the race's own staff and the race itself, no other contest
	if (OTHER_CONTEST.test(text.replace(BARE_RACE, '').replace(RACE_STAFF, '').replace(/(?<![\p{L}\p{M}’'-])[Tt]he event[’']s\b/gu, ''))) return parts;
	return parts.replace(BARE_RACE, (whole, the: string, at: number) => (quotedAt(parts, at) ? whole : the === 'The' ? `T${race.slice(1)}` : the === 'the' ? race : `${the} ${race.slice(4)}`));
}

// "the women's race", "The 2025 race", "the event's": group 1 "the", 2 a part of the race, 3 a year, 4 the event's possessive
const RACE_PART = /(?<![\p{L}\p{M}’'-])([Tt]he) (?:((?:women|men|girls|boys)[’']s|wheelchair|elite|masters) race(?![\p{L}\p{M}’'-])(?! (?:at|of)\b| in \p{Lu})|(\d{4}) race(?![\p{L}\p{M}’'-])(?! (?:at|of)\b| in \p{Lu})|event([’']s)(?= (?:history|record|field|organi[sz]ers|director)\b))/gu;
// a race's own staff, whose word "Race" tells of no other contest
const RACE_STAFF = /\b[Rr]ace (?:organi[sz]ers|director|officials)\b/g;

// "the Derby", "The Giro": a race's own word standing alone for a race the article names by it ("Victoria Derby",
// "Giro d'Italia"); no capitalised word after it ("Derby Day" is another name) nor "of" ("the Tour of Flanders")
const RACE_HEAD = /(?<![\p{L}\p{M}’'-])([Tt]he) (Marathon|Cup|Stakes|Derby|Oaks|Tour|Giro|Vuelta)(?![\p{L}\p{M}’'-]| \p{Lu}| of\b| d[’']| de\b| a\b)/gu;
// "Wednesday's 17th stage", "the final stage", "stage 16": one stage of a race, which only the race's name says; group 1 the stage
const NUMBERED_STAGE = /((?:(?<![\p{L}\p{M}’'-])[Ss]tage (?:\d+|_____)|(?:\d+(?:st|nd|rd|th)|_____|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|opening|final|last|next|queen) stage))(?![\p{L}\p{M}’'-])(?! (?:of|in)\b|s\b| race\b| win\b| victory\b)/gu;

/** The race's own word of a race name ("Derby" of "Victoria Derby", "Giro" of "Giro d'Italia"), which "the Derby" may stand for. */
function raceHead(name: string): string | undefined {
	return /(Marathon|Cup|Stakes|Derby|Oaks)$|^(Tour|Giro|Vuelta)\b/.exec(name)?.slice(1).find((h) => h !== undefined);
}

const RACES = new WeakMap<Article, string[]>();

/** The race names the whole article gives ("Victoria Derby", "Australian Derby", "Caulfield Guineas" is none), found once per article. */
function racesOf(article: Article): string[] {
	let races = RACES.get(article);
	if (!races) RACES.set(article, (races = [...new Set([...[article.title, ...article.paragraphs].join('\n').matchAll(RACE_NAME)].map((m) => m[1].replace(/^The\s/, '')))]));
	return races;
}

/**
 * A stem with "the Derby" written as the one race the lead names by that word ("The Derby carries
 * $1.15 million" → "The Victoria Derby carries ...", where the article also names the Australian
 * Derby: the holdout68 reader's R4) and a numbered stage given its race ("Wednesday's 17th stage
 * is a 154km run" → "Wednesday's 17th stage of the Giro d'Italia is ...", the holdout69 reader's
 * R4), under the same guards as `nameLeadRace`; `unnamedRace` refuses what stays bare.
 */
function nameRaceHeads(article: Article, sentence: Sentence, stem: string): string {
	const text = sentence.text.replace(/“[^”]*”|"[^"]*"/g, '');
	const race = leadRaceName(article);
	// "The Derby carries ...": the race's own word alone is the bare one this names, no other race
	const others = raceNamesIn(text).map((m) => m[1].replace(/^The\s/, '')).filter((n) => n !== raceHead(n));
	if (!race || OTHER_CONTEST.test(text.replace(BARE_RACE, '')) || others.some((n) => `the ${n}` !== race)) return stem;
	const name = race.slice(4);
	const head = raceHead(name);
	const headed = head === undefined || head === name ? stem : stem.replace(RACE_HEAD, (whole, the: string, word: string, at: number) => (word !== head || quotedAt(stem, at) ? whole : `${the} ${name}`));
	if (headed.includes(name)) return headed;
	let named = false;
	// only the first stage is given its race: "the 17th stage of the Giro d'Italia ... the final stage into Rome" says it once
	return headed.replace(NUMBERED_STAGE, (whole: string, stage: string, at: number) => {
		if (named || quotedAt(headed, at)) return whole;
		named = true;
		return `${stage} of ${race}`;
	});
}

// built once, not per call: V8 drops a `new RegExp` from its cache after two major GCs and compiles it again, which for a Unicode class costs milliseconds
const NUMBERED_STAGE_ONE = new RegExp(NUMBERED_STAGE.source, 'u');

/**
 * What a stem says of a race it never names (QUALITY.md R4), for the R4 check to refuse: "the
 * Sydney-trained colt", "the mare" (a horse of the story, which only its name says: the holdout68
 * reader's R4), "The winning time" with no race named, "the Derby" where the article names a race
 * by that word the stem does not ("Victoria Derby", "Australian Derby"), a numbered stage of no
 * race ("Wednesday's 17th stage", where the article names one) and "The top five" of no standing (the holdout69 reader's R4).
 * Undefined when there is none. Quotes are left out.
 */
export function unnamedRace(article: Article, stem: string): string | undefined {
	const { text, horse, named, winning, stage, top, heads } = raceWords(stem);
	if (horse) return horse;
	if (winning && !named) return winning;
	// "Stage 2 public-use restrictions" of a fire story is no race's: only a story that names a race has its stages
	if (stage && !named && racesOf(article).length > 0) return stage;
	if (top) return top;
	for (const m of heads) {
		const races = racesOf(article).filter((r) => raceHead(r) === m[2] && r !== m[2]);
		if (races.length > 0 && !races.some((r) => text.includes(r))) return m[0];
	}
	return undefined;
}

// what `unnamedRace` reads of a stem whatever the article, kept per stem: each of its variants and each generation asks it again
const raceWords = keptPerText((stem: string) => {
	const text = stem.replace(/“[^”]*”|"[^"]*"/g, '“…”');
	return {
		text,
		horse: /(?<![\p{L}\p{M}’'-])[Tt]he (?:[\p{L}\d-]+ ){0,2}?(?:colt|filly|mare|gelding|stallion|horse|mount)(?![\p{L}\p{M}-])(?!,? (?:the )?\p{Lu}| (?:racing|race|races|trainer|trainers|owner|owners|industry|world|float|breeder|breeders|sale|sales)\b)/u.exec(text)?.[0],
		named: raceNamesIn(text).length > 0,
		winning: /\b[Tt]he winning (?:time|margin)\b/.exec(text)?.[0],
		stage: NUMBERED_STAGE_ONE.exec(text)?.[0],
		top: /(?<![\p{L}\p{M}’'-])[Tt]he top (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?![\p{L}\p{M}\d-])(?!(?: [\p{Ll}-]+)? (?:of|in|at|on)\b)/u.exec(text)?.[0],
		heads: [...text.matchAll(RACE_HEAD)]
	};
}, 4096);

/** A written item with its stems passed through `nameSportEvents`, `nameLeadRace` and `nameRaceHeads`. */
export function nameSportEventsIn<W extends { stem: string; falseStem?: string }>(article: Article, sentence: Sentence, written: W): W {
	const fix = (stem: string) => nameRaceHeads(article, sentence, nameLeadRace(article, sentence, nameSportEvents(article, sentence, stem)));
	return { ...written, stem: fix(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: fix(written.falseStem) }) };
}

/**
 * The bare "title" or "final" a stem still leans on outside its quotes (QUALITY.md R4: which
 * title, whose final?), for the R4 check to refuse; undefined when it has none.
 */
export function bareSportEvent(stem: string): SportNoun | undefined {
	return bareSportEventKept(stem);
}
const bareSportEventKept = keptPerText(readBareSportEvent, 4096);

/** `bareSportEvent`, read afresh. */
function readBareSportEvent(stem: string): SportNoun | undefined {
	const m = BARE.exec(stem.replace(/“[^”]*”|"[^"]*"/g, '“…”'));
	return m && m[2].toLowerCase() !== 'championship' ? (m[2].toLowerCase() as SportNoun) : undefined;
}

// "captain, Harry Bradshaw", "captain Siddharth Iyer", "Rennie, the New Zealand captain": a captain and his name; group 1 or 2 the name
const CAPTAIN_NAMED = /\b(?:captain|skipper),? ((?:\p{Lu}[\p{L}\p{M}’'-]+ )*\p{Lu}[\p{L}\p{M}’'-]+)|((?:\p{Lu}[\p{L}\p{M}’'-]+ )*\p{Lu}[\p{L}\p{M}’'-]+), (?:the|their|his|her) (?:[\p{L}’'-]+ ){0,2}(?:captain|skipper)\b/gu;

/**
 * Does a stem say "the captain" where the article names two captains, one of each side ("New
 * Zealand's captain, Michael Rennie", "the captain, Harry Bradshaw") (QUALITY.md R4: whose
 * captain? The holdout18 reader refused "removed the captain, _____" with Rennie among the
 * options)? A captain the stem's own words place ("England's captain", "the home captain") is no
 * bare one. Quotes are left out.
 */
export function bareCaptain(article: Article, stem: string): boolean {
	if (!/\b[Tt]he (?:captain|skipper)\b(?![’'-])/u.test(stem.replace(/“[^”]*”|"[^"]*"/g, '“…”'))) return false;
	const names = new Set<string>();
	for (const m of [article.title, ...article.paragraphs].join('\n').matchAll(CAPTAIN_NAMED)) {
		const name = (m[1] ?? m[2]).split(' ').at(-1)!;
		if (!/^(?:The|A|An|He|She|It|They)$/.test(name)) names.add(name);
	}
	return names.size >= 2;
}

// a golf report's words: a round's score there is strokes, which move by a few either side
const GOLF = /\b(?:birdie[sd]?|bogeys?|eagles?|under par|over par|par-(?:three|four|five))\b/i;

/**
 * Distractors for a golf round's score ("a bogey-free 65", "faded with a 74"): strokes a
 * round can take, one to six either side of the key (QUALITY.md R8: a 55 or a 48 beside a 65 is
 * no round at all, and a false statement on one is no test), none the article writes elsewhere
 * (`forbidden`: a 68 another player shot may be true of someone). Undefined when the key is no
 * round's score: the article tells of no birdies or par, the number is not after "a ..." or is
 * followed by its own unit ("a 14-foot putt", "a 45-yard drive"). `articleText` is the whole
 * text; `before` and `after` the sentence's text either side of the key.
 */
export function roundScoreDistractors(key: number, before: string, after: string, articleText: string, prng: Prng, forbidden: ReadonlySet<number>): string[] | undefined {
	if (!Number.isInteger(key) || key < 58 || key > 90 || !GOLF.test(articleText)) return undefined;
	if (!/\ban?\s(?:[\p{Ll}-]+\s){0,2}$/u.test(before) || /^(?:-|\s(?:yards?|metres?|meters?|feet|foot|points?|players?|holes?|shots?|strokes?|per\s?cent|percent)\b|%)/.test(after)) return undefined;
	const pool = [-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6].map((d) => key + d).filter((v) => !forbidden.has(v));
	const below = prng.shuffle(pool.filter((v) => v < key));
	const above = prng.shuffle(pool.filter((v) => v > key));
	const wantBelow = Math.min(below.length, 1 + prng.int(2));
	const picked = [...below.slice(0, wantBelow), ...above].slice(0, 3);
	if (picked.length < 3) picked.push(...below.slice(wantBelow, wantBelow + 3 - picked.length));
	return picked.map(String);
}

/**
 * Does a stem tell of a chess game by its sides ("tipped to +1.2 in White's favour") and name
 * neither player (QUALITY.md R4: which game? the holdout17 reader refused it)? `surnames` are
 * the article's persons'. Quotes are left out.
 */
export function unnamedChessSide(stem: string, surnames: readonly string[]): boolean {
	const text = stem.replace(/“[^”]*”|"[^"]*"/g, '“…”');
	if (!/(?<![\p{L}\p{M}])(?:White|Black)(?:[’']s)?(?![\p{L}\p{M}])/u.test(text) || !/\b(?:favour|favor|pieces|king|queen|bishop|knight|rook|pawn|advantage|evaluation|engine|castled|checkmate)\b/i.test(text)) return false;
	return !surnames.some((s) => new RegExp(String.raw`(?<![\p{L}\p{M}])${s}(?![\p{L}\p{M}])`, 'u').test(text));
}

// the slot of the bowler a batsman fell to: "caught at slip off ___", "bowled by ___", "lbw to ___"
// ("deflected off ___" in football is no dismissal: "off" counts after a word of one)
const DISMISSED_BY = /(?:\b(?:caught|edged|stumped|dismissed|wicket)\b[^.;]*\boff|\bbowled by|\bcaught by|\blbw to|\bleg before to)\s$/i;

/**
 * For a person key in a cricket dismissal's bowler slot ("Gill was caught at slip off ___"), the
 * surnames that may stand in it: the bowlers a scorecard line lists beside the key's, after the
 * semicolon of one innings ("India 372 (Pant 96, Jaiswal 71; Leach 4-98, Wood 3-74)"), as one
 * side's bowlers bowl together. A batsman's team-mate cannot have dismissed him, so another name
 * is absurd (a holdout77 reader's R8: the batsman's keeper offered as the bowler). Undefined when
 * the key is no bowler's slot; an empty set when no scorecard tells the key's side. `before` is
 * the sentence up to the key, `article` the article's text.
 */
export function bowlersBeside(before: string, surname: string, article: string): Set<string> | undefined {
	if (!DISMISSED_BY.test(before)) return undefined;
	for (const m of article.matchAll(/\(([^;()]*);([^()]*)\)/g)) {
		const bowlers = m[2].split(',').map((b) => /^\s*(\p{Lu}[\p{L}\p{M}’'-]*(?:\s\p{Lu}[\p{L}\p{M}’'-]*)*)\s\d+-\d+\s*$/u.exec(b)?.[1]).filter((b): b is string => b !== undefined);
		if (bowlers.includes(surname)) return new Set(bowlers.filter((b) => b !== surname));
	}
	return new Set();
}
