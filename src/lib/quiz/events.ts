import type { Article, Sentence } from './types';
import { roleKindOfWord } from './person-roles';
import { quotedAt } from './quoted-at';
import { containsWord, keptPerText, keptPerTextAnd } from './words';

/**
 * "The victim", "the incident", "the attack" of a crime report (QUALITY.md R4): the start screen
 * and every answer's explanation show the quiz's title, so in a quiz titled "... teenager stabbed
 * outside takeaway" the one attack the headline tells of is the quiz's own (no play screen shows
 * the title with an open item, which is why the headline's facts are asked). Only until the article tells of
 * another ("the second stabbing on this road", "a separate attack"): after that, "the victim"
 * may mean either, and the stem is refused.
 */

/** The pointing nouns a headline's attack names, and the headline words that tell of one. */
const EVENT_NOUNS = new Set(['victim', 'incident', 'attack']);
const HEADLINE_EVENT = /\b(?:stabbed|stabbing|shot|shooting|attacked|attack|assaulted|assault|killed|murdered|murder|injured|wounded)\b/i;
// "the second serious stabbing", "another attack", "a separate incident": a second event
const OTHER_EVENT = /\b(?:another|second|third|previous|earlier|separate|similar|latest)\b (?:[\p{L}-]+ ){0,2}?(?:stabbings?|shootings?|attacks?|incidents?|assaults?|murders?|killings?)\b|\b(?:stabbings|shootings|attacks|incidents|assaults|murders|killings)\b/iu;

// "Nigerian drama 'Harmattan Children' takes top prize", "Korean debut about a ferry crew wins Crystal Globe": a headline's film that wins
const HEADLINE_FILM_WIN = /\b(?:film|drama|debut|documentary|feature|comedy|thriller|movie)\b.*?\b(?:wins?|takes?|scoops?|claims?|lands?)\b/i;
// "the two films", "both films", "all three documentaries": more than one work, which "the film" may be either of
const SEVERAL_WORKS = /\b(?:two|three|four|five|both|all|several) (?:[\p{L}-]+ )?(?:films|dramas|documentaries|features|movies|titles)\b/iu;
// a work's title in quotes ("The Salt Road", "Small Hours,"): short, its words capitalised; a second one is a second work
const QUOTED_WORK = /[“"](\p{Lu}[\p{L}’'-]*(?: (?:\p{Lu}[\p{L}’'-]*|of|the|a|an|in|on|to|and|for)){0,5})[,.]?[”"]/gu;
// "another film", "the other titles", "The Korean drama The Last Ferry to Mokpo": a second work, which "the film" may then mean
const OTHER_WORK = /\b(?:[Aa]nother|[Oo]ther|[Rr]ival|[Ss]econd|[Cc]ompeting) (?:[\p{L}-]+ ){0,2}?(?:films?|dramas?|titles?|features?|documentar(?:y|ies)|movies?)\b|\b(?:film|drama|documentary|thriller|comedy|feature|movie) (?:The |A |An )?\p{Lu}/u;

/**
 * Does "the <noun>" in a stem from `sentence` point to the one attack `title` tells of: the noun
 * is "victim", "incident" or "attack", the headline says someone was stabbed, shot, attacked,
 * killed or injured, and no sentence up to this one tells of another such event? Or to the one
 * film a prize story's headline says won ("Nigerian drama ... takes top prize": "the film"), in a
 * story that tells of no other work at all? `noun` is lower-case; `sentences` are the article's, in order.
 */
export function headlineEvent(title: string, sentences: readonly Sentence[], sentence: Sentence, noun: string): boolean {
	// a stem is read beside the rest of the quiz, not at its place in the story: once the story tells of a second work
	// anywhere, a bare "the film" may be either, and only its title says which (`nameHeadlineFilm`; the holdout184 reader's R4)
	if (noun === 'film') return HEADLINE_FILM_WIN.test(title) && othersFrom(sentences).work === Infinity;
	if (!EVENT_NOUNS.has(noun) || !HEADLINE_EVENT.test(title)) return false;
	return sentence.index < othersFrom(sentences).event;
}

// per sentence list: where another work and another event are first told (`othersFrom`)
const OTHERS_FROM = new WeakMap<readonly Sentence[], { work: number; event: number }>();

/**
 * The index of the first of `sentences` after which "the film" may be a second work (`OTHER_WORK`,
 * `SEVERAL_WORKS`, or a second title in quotes up to it) and of the first that tells of another
 * event (`OTHER_EVENT`); Infinity where none does. Read once per sentence list for
 * `headlineEvent`, which every stem's "the film" or "the victim" asks.
 */
function othersFrom(sentences: readonly Sentence[]): { work: number; event: number } {
	let found = OTHERS_FROM.get(sentences);
	if (found) return found;
	const titles = new Set<string>();
	const work = sentences.findIndex((s) => {
		for (const m of s.text.matchAll(QUOTED_WORK)) titles.add(m[1]);
		return titles.size >= 2 || OTHER_WORK.test(s.text) || SEVERAL_WORKS.test(s.text);
	});
	const event = sentences.findIndex((s) => OTHER_EVENT.test(s.text));
	OTHERS_FROM.set(sentences, (found = { work: work < 0 ? Infinity : work, event: event < 0 ? Infinity : event }));
	return found;
}

// a title the headline quotes: "Korean family drama 'The Salt House' wins ..."; group 1 the title
const HEADLINE_TITLE = /(?<![\p{L}\p{M}])[‘'“"](\p{Lu}[^‘’'“”"]{1,60}?)[’'”"](?![\p{L}\p{M}])/gu;
// "the film" as a subject or object of its own: not a word before another noun ("the film festival") nor an owner
const BARE_FILM = /(?<![\p{L}\p{M}’'-])([Tt]he) film(?![\p{L}\p{M}’'-])(?!,? [“"‘']|,? \p{Lu})/gu;
// the words that may follow a bare "the film": a stop, a verb of its own or a word that joins a phrase after it
const FILM_NEXT = /^(?:[,.;:)]|$| (?:was|is|has|had|will|would|could|can|did|does|won|received|tells|told|follows|followed|stars|starred|premiered|opened|earned|took|drew|cost|which|that|in|at|on|by|about|from|with|for|and|but|to|as|into|after|before|since|over|during)\b)/;

/**
 * The title of the film a prize story's headline says won, written as the body writes it
 * ("Korean family drama 'The Salt House' wins Golden Heron ..." over a body that quotes "The Salt
 * House," → '"The Salt House"'), or undefined: the headline must tell of a film that won
 * (`HEADLINE_FILM_WIN`) and quote one title, or else the lead (the first paragraph) quote exactly
 * one, and the body must write it.
 */
function headlineFilmTitle(article: Article): string | undefined {
	if (!HEADLINE_FILM_WIN.test(article.title)) return undefined;
	const quoted = [...new Set([...article.title.matchAll(HEADLINE_TITLE)].map((m) => m[1]))];
	const lead = [...new Set([...(article.paragraphs[0] ?? '').matchAll(QUOTED_WORK)].map((m) => m[1]))];
	const title = quoted.length === 1 ? quoted[0] : quoted.length === 0 && lead.length === 1 ? lead[0] : undefined;
	if (title === undefined) return undefined;
	const body = article.paragraphs.join('\n');
	const at = body.indexOf(title);
	if (at < 0) return undefined;
	const open = body[at - 1];
	return open === '“' ? `“${title}”` : open === '"' ? `"${title}"` : title;
}

/**
 * A written item with each bare "the film" of its stems written as the title of the film the
 * headline says won (`headlineFilmTitle`): "The film, shot over 31 days on Jeungdo Island ..." →
 * '"The Salt House", shot over 31 days ...'. Only in a story that tells of another work
 * (`othersFrom`), where "the film" read beside the quiz's other items may be any of them (the
 * holdout184 reader's R4), and only from a sentence before the first that does, where the
 * article's "the film" can still be only the headline's. Unchanged inside a quote, where the
 * item's options hold the title (it would give the key away), or the stem names it already;
 * what stays bare is `headlineEvent`'s to refuse.
 */
export function nameHeadlineFilm<W extends { stem: string; falseStem?: string; options?: readonly string[] }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const others = othersFrom(sentences).work;
	if (others === Infinity || sentence.index >= others || !/\b[Tt]he film\b/.test(written.stem)) return written;
	const title = headlineFilmTitle(article);
	if (title === undefined || written.options?.some((o) => o.includes(title.replace(/^[“"]|[”"]$/g, '')))) return written;
	const rewrite = (stem: string) =>
		stem.includes(title)
			? stem
			: stem.replace(BARE_FILM, (whole, _the: string, at: number) => (quotedAt(stem, at) || !FILM_NEXT.test(stem.slice(at + whole.length)) ? whole : title));
	return { ...written, stem: rewrite(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: rewrite(written.falseStem) }) };
}

/** Things a lead introduces with "a" that a later "the <noun>" points back to. */
export const LEAD_THINGS = new Set(['project', 'plan', 'scheme', 'proposal', 'deal', 'agreement', 'bill', 'study', 'report', 'survey', 'programme', 'program', 'initiative', 'facility']);
// "the research" is the study a lead introduces ("according to a large international study ... The research, which appears in ...")
const POINTER = new RegExp(String.raw`\b([Tt]he) (${[...LEAD_THINGS, 'research'].join('|')})\b(?![\p{L}-]|,? \p{Lu}| of \p{Lu}| \p{Lu})`, 'gu');

/**
 * The phrase the lead gives the one thing of that noun it introduces: "approved a 300-megawatt
 * solar project" → "solar project" (a figure and the words before it left out: the figure may
 * be another item's key). Undefined when the lead (the first paragraph, which the reader meets
 * with the headline) introduces none or several ("a/an ... <noun>", up to three words between),
 * gives it no words of its own ("a project", unless an appositive to a named thing: `renamed`), or a sentence up to `sentence` introduces another
 * ("a second project", "another plan"). `noun` is lower-case.
 */
export function leadPhrase(sentences: readonly Sentence[], sentence: Sentence, noun: string): string | undefined {
	if (!LEAD_THINGS.has(noun)) return undefined;
	const introduced = new RegExp(String.raw`\b(?:[Aa]n?|[Aa]nother|[Oo]ne) ((?:[^\s.,;]+ ){0,3}?)${noun}\b`, 'gu');
	const upTo = sentences.slice(0, sentence.index + 1);
	const definite = sentence.paragraph === 0 ? [] : leadDefinite(upTo, noun);
	const inLead = sentence.paragraph === 0 ? [] : [...upTo.filter((s) => s.paragraph === 0).flatMap((s) => [...s.text.matchAll(introduced)]), ...definite];
	// a quote's "a better project" is the speaker's word for it, no second one
	const all = [...upTo.flatMap((s) => [...s.text.replace(/“[^”]*”?|"[^"]*"?/g, '').matchAll(introduced)]), ...definite];
	if (all.length === 0) return renamedLeadName(sentences, sentence, noun);
	if (all.length !== 1 || (inLead.length !== 1 && !nearIntro(upTo, sentence, noun, introduced))) return undefined;
	if (inLead.length !== 1) return phraseOf(all[0][1], noun);
	return phraseOf(inLead[0][1], noun) ?? renamed(inLead[0].input!.slice(0, inLead[0].index));
}

// a word that only sizes or describes a thing a lead writes with "the": lower-case, or a sum or a figure ("£4.2m", "300-megawatt")
const DESCRIBING_WORD = /^(?:\p{Ll}[\p{Ll}-]*|[$£€]?\d[\d,.]*(?:m|bn|k)?(?:-\p{Ll}+)?)$/u;

/**
 * The lead's "the £4.2m bridge repair project" ("... while engineers carry out the £4.2m bridge repair project, the
 * council said"), as a match of `leadPhrase`'s introductions ([1] the words before the noun): a news lead often
 * introduces its one thing with "the" and its own describing words, and a later "The project is being paid for ..."
 * points to it as surely as to "a solar project" (a fresh council story lost its funding to R4). Only where that is
 * the article's first word of the noun, outside a quote, with no name, possessive or word that picks one of several
 * ("the new project", "the council's project") among its words; none otherwise. `upTo` are the sentences up to the stem's.
 */
function leadDefinite(upTo: readonly Sentence[], noun: string): RegExpExecArray[] {
	const mention = new RegExp(String.raw`\b${noun}s?\b`, 'iu');
	const first = upTo.find((s) => mention.test(s.text));
	if (!first || first.paragraph !== 0) return [];
	const m = new RegExp(String.raw`\b[Tt]he ((?:[^\s,;]+ ){1,3}?)${noun}\b(?![\p{L}’'-])`, 'u').exec(first.text.replace(/“[^”]*”?|"[^"]*"?/g, (q) => ' '.repeat(q.length)));
	if (!m || first.text.slice(0, m.index).match(mention) || !m[1].trim().split(' ').every((w) => DESCRIBING_WORD.test(w))) return [];
	return [m];
}

// "The Red Line, Riverton's first bus rapid transit route, will begin ...": a lead that opens on a named thing and an
// apposition saying what it is; group 1 the name
const LEAD_NAMED_THING = /^The (\p{Lu}[\p{L}\p{M}’'-]*(?: \p{Lu}[\p{L}\p{M}’'-]*){0,3}), [^,]{3,80}, /u;

/**
 * Is `before` (a stem up to a bare "the route") naming the route the lead opens on and describes as one ("The Red
 * Line, Riverton's first bus rapid transit route, ..."), so that "the route" after it is that one (QUALITY.md R4)?
 */
export function namesLeadRoute(sentences: readonly Sentence[], before: string): boolean {
	const lead = LEAD_NAMED_THING.exec(sentences[0]?.text ?? '');
	return lead !== null && /\broute\b/.test(lead[0].slice(lead[1].length + 4)) && containsWord(before, lead[1]);
}

/**
 * The name the lead opens on, as the project the paragraph after it renames ("The Red Line, Riverton's first bus rapid
 * transit route, will begin ..." then "The $212 million project includes 18 stations" → "Red Line project"): the
 * article introduces no project with "a" (the caller's test), and its first word of a project opens the second
 * paragraph, where only the lead's thing can be meant. Undefined for any other noun or story.
 */
function renamedLeadName(sentences: readonly Sentence[], sentence: Sentence, noun: string): string | undefined {
	if (noun !== 'project') return undefined;
	const name = LEAD_NAMED_THING.exec(sentences[0]?.text ?? '')?.[1];
	const first = sentences.find((s) => /\bprojects?\b/i.test(s.text));
	if (!name || !first || first.index > sentence.index || first.paragraph !== 1 || !/^The (?:[^\s]+ ){0,3}project\b/.test(first.text) || sentences[first.index - 1]?.paragraph !== 0) return undefined;
	return `${name} ${noun}`;
}

// "approved a $950 million expansion of the Punta Arenal container terminal in the city of Valdoria, a project ...": what
// the appositive renames, a noun of a capitalised name (group 1), up to a phrase of place
const RENAMED_OF = /\b(\p{Ll}+ of (?:the )?\p{Lu}[\p{L}\p{M}’'-]*(?: (?!(?:in|at|near|on|off|outside|across|and|or|with|for|from|by|to)\b)[\p{L}\p{M}’'-]+){0,4}?)(?: (?:in|at|near|on|off|outside|across) [^,;()]*)?, $/u;
// "approved the Tern Point wind farm off the coast, a project ...": a capitalised name and its kind
const RENAMED_NAME = /\bthe ((?:\p{Lu}[\p{L}\p{M}’'-]* )+(?:[\p{Ll}-]+ ){0,2}[\p{Ll}-]+)(?: (?:in|at|near|on|off|outside|across) [^,;()]*)?, $/u;

/**
 * What a lead's bare "a project" renames when it stands as an appositive after a named thing
 * (`before` is the lead sentence up to "a project"): "... expansion of the Punta Arenal terminal
 * in Valdoria, a project ministers say ..." → "expansion of the Punta Arenal terminal". The name makes
 * a later "the project" self-contained (QUALITY.md R4); undefined when the thing has no
 * capitalised name.
 */
function renamed(before: string): string | undefined {
	return (RENAMED_OF.exec(before) ?? RENAMED_NAME.exec(before))?.[1];
}

/** "solar project" of the words "300-megawatt solar " before "project": the lower-case words next to the noun, undefined when none. */
function phraseOf(between: string, noun: string): string | undefined {
	const words = between.trim().split(' ').filter(Boolean);
	let from = words.length;
	// a scale word is the figure's ("a €48 million plan" is no "million plan")
	while (from > 0 && /^[\p{Ll}-]+$/u.test(words[from - 1]) && !/^(?:second|third|new|former|same|other|hundred|thousand|million|billion|trillion|crore|lakh|bn|mn|m|k|per|cent|percent|pc)$/.test(words[from - 1])) from--;
	return from < words.length ? `${words.slice(from).join(' ')} ${noun}` : undefined;
}

/**
 * Does the one "a ... <noun>" (`introduced`) of `upTo` sit just before `sentence`, in the
 * sentence before it or earlier in its paragraph, as the article's first word of that noun? "a
 * compensation scheme that pays herders ... Before the scheme was introduced" points back to it;
 * a "the plan" said before "an updated climate plan" shows the article had another plan first.
 */
function nearIntro(upTo: readonly Sentence[], sentence: Sentence, noun: string, introduced: RegExp): boolean {
	const at = upTo.findIndex((s) => s.index < sentence.index && new RegExp(introduced.source, 'u').test(s.text.replace(/“[^”]*”?|"[^"]*"?/g, '')));
	if (at < 0) return false;
	const intro = upTo[at];
	if (intro.index !== sentence.index - 1 && intro.paragraph !== sentence.paragraph) return false;
	const mention = new RegExp(String.raw`\b${noun}s?\b`, 'iu');
	return !upTo.slice(0, at).some((s) => mention.test(s.text));
}

// "The $212 million project", "the £_____ project": a sum before the noun (group 2), which no name follows
const SUM_POINTER = /\b([Tt]he) ((?:[$£€]\s?(?:_____|\d[\d,.]*)(?: (?:million|billion|bn|m))?|_____) )(project)\b(?![\p{L}-]|,? \p{Lu}| of \p{Lu}| \p{Lu})/gu;

/**
 * A stem with each bare "the project" (plan, deal, study, research ...) written as the phrase the lead
 * gives it (`leadPhrase`): "Once running, the project is expected ..." → "Once running, the
 * solar project is expected ...". Pointers with no such phrase stay, for the R4 check to
 * refuse. Inside a direct quote the speaker's words stay theirs (R6).
 */
export function nameLeadThings<W extends { stem: string; falseStem?: string }>(sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const rewrite = (stem: string) =>
		stem.replace(POINTER, (whole, the: string, noun: string, at: number) => {
			if (quotedAt(stem, at)) return whole;
			const phrase = leadPhrase(sentences, sentence, noun === 'research' ? 'study' : noun);
			return phrase ? `${the} ${phrase}` : whole;
		}).replace(SUM_POINTER, (whole, the: string, sum: string, noun: string, at: number) => {
			// "The $212 million project": a sum says how big, not which; the lead's own name for it does
			const phrase = quotedAt(stem, at) ? undefined : renamedLeadName(sentences, sentence, noun);
			return phrase ? `${the} ${sum}${phrase}` : whole;
		});
	return { ...written, stem: rewrite(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: rewrite(written.falseStem) }) };
}

// "the Ukrainian has beaten", "The Belarusian had looked": a nationality standing for a person
// "the Queenslander", "the Aucklander": a person by the state or city they come from stands for them as a nationality does
const DEMONYM = /\b[Tt]he (\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i|lander|oner)) (\p{Ll}+)\b/gu;

/**
 * Does a stem have a nationality standing for a person said before, as the subject of a verb
 * ("It is the first time the Ukrainian has beaten ...", "The Belarusian had looked in control")
 * (QUALITY.md R4), or a nationality and a role ("The Tongan centre, signed from Auckland, collected ...")? "The
 * German government said" is no such subject: its next word is no verb.
 * `isVerb` says whether a word reads as a finite verb.
 */
export function demonymSubject(stem: string, isVerb: (word: string) => boolean): boolean {
	return demonymSubjectKept(stem, isVerb);
}
const demonymSubjectKept = keptPerTextAnd(readDemonymSubject, 4096);

/** `demonymSubject`, read afresh. */
function readDemonymSubject(stem: string, isVerb: (word: string) => boolean): boolean {
	// "the Queenslander" is a person, never a modifier ("the Queensland government"), and "touched"
	// after a nationality is its verb whatever the lexicon says of the word alone
	return [...stem.matchAll(DEMONYM)].some((m) => isVerb(m[2]) || /(?:lander|oner)$/.test(m[1]) || /\p{Ll}{3,}ed$/u.test(m[2])) || [...stem.matchAll(DEMONYM_ROLE)].some((m) => roleForPerson(m[2]) && (m[3] === ',' || (m[4] !== undefined && (isVerb(m[4]) || /\p{Ll}{3,}ed$/u.test(m[4]) || /^(?:also|then)$/.test(m[4])))));
}

// "The Tongan centre, signed from Auckland ..., collected", "the Brazilian international finished": a nationality and a
// player's role standing for a person the sentences before named, with no name after it (a dev156s reader's R4; group 1
// the nationality, 2 the role, 3 the comma of an aside or the word after it, which must be its verb: "the Spanish general
// election" is no person). A name after it ("the Tongan centre Sione Taufa", "The Welsh captain, Owen Price,") says who.
const DEMONYM_ROLE = /(?<![\p{L}\p{M}’'-])[Tt]he (\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i)) (?:[\p{Ll}-]+ )?(\p{Ll}[\p{Ll}-]+)(?:(,)(?! \p{Lu})| (\p{Ll}+)\b)/gu;
// the sports words for a player that the role lexicon (person-roles.ts) leaves out as too loose alone
const PLAYER_WORD = /^(?:international|veteran|prop|hooker|lock|flanker|fly-half|scrum-half|wing|full-back|playmaker|centre-back|pivot)$/;

/**
 * Does a role word after a nationality name a person whose role many hold, so that it leaves them unnamed (a player, a
 * judge, a scientist: `roleKindOfWord`, `PLAYER_WORD`)? A political office ("the Kenyan president") is one person's, and stays.
 */
function roleForPerson(word: string): boolean {
	if (PLAYER_WORD.test(word)) return true;
	const kind = roleKindOfWord(word);
	return kind !== undefined && kind !== 'politics';
}

// the kinds of work a title names; a film is a "film", a "movie" or a "biopic" in turn
const SCREEN = ['film', 'movie', 'biopic', 'documentary'];
const WORK_KIND = String.raw`film|movie|biopic|documentary|album|novel|book|series|musical`;
// '"Un Poco Loco," Searchlight Pictures' long-gestating biopic of ...': a title and, a few words on, its kind
const TITLED_WORK = new RegExp(String.raw`([“"])([^“”"]{2,60}?),?([”"]),? (?:[\p{L}’'-]+ ){0,4}?(${WORK_KIND})\b`, 'gu');
const WORK_OPENING = new RegExp(String.raw`^The (${WORK_KIND})(?:[’']s (\p{Ll}+))? `, 'u');

/**
 * A stem that opens on "The film's title ..." or "The film <verb> ..." with the work written as
 * its title, when the lead (the first paragraph) gives exactly one title of that kind ('landed
 * the lead role in "Un Poco Loco," Searchlight Pictures' long-gestating biopic ...': "The film's
 * title comes from ..." → 'The title of "Un Poco Loco" comes from ...'; QUALITY.md R4). A title
 * whose next words say no kind ('"Night Shift," has landed ...') is not counted. The stem
 * unchanged otherwise, for the R4 check to refuse.
 */
export function nameLeadWork(sentences: readonly Sentence[], stem: string): string {
	const m = WORK_OPENING.exec(stem);
	if (!m) return stem;
	const same = (kind: string) => kind === m[1] || (SCREEN.includes(kind) && SCREEN.includes(m[1]));
	const titles = sentences.filter((s) => s.paragraph === 0).flatMap((s) => [...s.text.matchAll(TITLED_WORK)]).filter((t) => same(t[4]));
	if (new Set(titles.map((t) => t[2])).size !== 1) return stem;
	const title = `${titles[0][1]}${titles[0][2]}${titles[0][3]}`;
	return m[2] ? `The ${m[2]} of ${title} ${stem.slice(m[0].length)}` : `${title} ${stem.slice(m[0].length)}`;
}

/** A written item with its stems passed through `nameLeadWork`. */
export function nameLeadWorkIn<W extends { stem: string; falseStem?: string }>(sentences: readonly Sentence[], written: W): W {
	return { ...written, stem: nameLeadWork(sentences, written.stem), ...(written.falseStem === undefined ? {} : { falseStem: nameLeadWork(sentences, written.falseStem) }) };
}

// a disease by its name: "Type 2 diabetes", "bowel cancer", "measles"; group 1 the name
const DISEASE_NAME = /(?<![\p{L}\p{M}-])((?:Type [12] )?diabetes|(?:(?!(?:of|and|or|the|a|an|for|with|from|to|in|on|no|any|against|have|had|has|with)\s)\p{Ll}[\p{L}-]+ )?cancer|dementia|Alzheimer[’']s disease|Parkinson[’']s disease|malaria|measles|cholera|dengue(?: fever)?|tuberculosis|mpox|Ebola|[Cc]ovid-19|COVID-19|HIV|asthma|obesity|hypertension)(?![\p{L}\p{M}-])/gu;
// the diseases a sentence names, in lower case: read once per sentence, as every stem of the sentences after it asks again
const diseasesIn = keptPerText((text) => [...text.matchAll(DISEASE_NAME)].map((m) => m[1].toLowerCase()), 1024);

// "the disease", "the condition", "the illness" with nothing after it that says which; group 1 "the"
const BARE_DISEASE = /(?<![\p{L}\p{M}’'-])([Tt]he) (?:disease|condition|illness)(?![\p{L}\p{M}’'-])(?!,? (?:of|known|called|that|which|who)\b)(?!,? \p{Lu})/gu;

/**
 * The one disease a health story's headline and lead paragraph name ("Eating dinner before 7 p.m.
 * linked to lower risk of Type 2 diabetes, study finds" → "Type 2 diabetes"), as the body writes
 * it; undefined when they name none or two ("cancer" beside "dementia"). A named cancer counts
 * once with its kind ("bowel cancer").
 */
function leadDisease(article: Article): string | undefined {
	// asked for every stem: the lead is read once per article
	if (LEAD_DISEASE.has(article)) return LEAD_DISEASE.get(article);
	const disease = leadDiseaseOf(article);
	LEAD_DISEASE.set(article, disease);
	return disease;
}
const LEAD_DISEASE = new WeakMap<Article, string | undefined>();

/** `leadDisease`, read afresh. */
function leadDiseaseOf(article: Article): string | undefined {
	const names = new Set([...`${article.title}\n${article.paragraphs[0] ?? ''}`.matchAll(DISEASE_NAME)].map((m) => m[1]));
	const lower = new Set([...names].map((n) => n.toLowerCase()));
	return lower.size === 1 ? [...names].find((n) => !/^\p{Lu}/u.test(n) || /^(?:Type|Ebola|Covid|COVID|HIV|Alzheimer|Parkinson)/.test(n)) ?? [...names][0] : undefined;
}

/**
 * A stem with "the disease", "the condition" or "the illness" written as the one disease the
 * headline and lead name (`leadDisease`): "had an 18 per cent lower risk of developing the
 * disease" → "... of developing Type 2 diabetes" (QUALITY.md R4: a stem read alone names no
 * disease). Unchanged inside a quote, and where the sentence or the ones before it name another
 * disease, which the noun may mean instead, unless the sentence and the one just before name the
 * lead's disease alone.
 */
export function nameLeadDisease<W extends { stem: string; falseStem?: string }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const disease = leadDisease(article);
	if (!disease) return written;
	const other = (names: Iterable<string>) => [...names].some((n) => n !== disease.toLowerCase() && !disease.toLowerCase().endsWith(n));
	// "Dementia affects an estimated 57 million people ... In the UK, the condition is thought to cost": the sentence just
	// before names the lead's disease alone, so the noun is it, whatever risk factor ("diabetes") an earlier one named
	// (a dev166 health reader's R4)
	// (a name that opens its sentence, "Dementia affects", is written lower-case, as `DISEASE_NAME` knows it)
	const near = sentences.slice(Math.max(0, sentence.index - 1), sentence.index + 1).flatMap((s) => diseasesIn(s.text[0].toLowerCase() + s.text.slice(1)));
	const justNamed = near.length > 0 && !other(near);
	if (!justNamed && other(sentences.slice(0, sentence.index + 1).flatMap((s) => diseasesIn(s.text)))) return written;
	const rewrite = (stem: string) => stem.replace(BARE_DISEASE, (whole, the: string, at: number) => (quotedAt(stem, at) ? whole : the === 'The' ? disease[0].toUpperCase() + disease.slice(1) : disease));
	return { ...written, stem: rewrite(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: rewrite(written.falseStem) }) };
}

// a headline's disruption: the event a side scene of the story happens because of
const HEADLINE_DISRUPTION = /\b(?:strikes?|walkouts?|stoppages?|shutdowns?|outages?|closures?|blockades?)\b/i;
// "Commuters crowded onto buses", "Passengers queued": the people a disruption affects, opening the stem
const AFFECTED = /^(?:Many |Some |Thousands of |Hundreds of )?(?:[Cc]ommuters|[Pp]assengers|[Tt]ravell?ers|[Mm]otorists|[Ss]hoppers|[Pp]atients|[Pp]upils|[Ss]tudents|[Cc]ustomers|[Rr]esidents)\b(?! (?:of|at|on|in|from|with) \p{Lu})/u;
// the disruption named in the stem, or what it is of ("the KSM strike", "train services")
const DISRUPTION_WORD = /\b(?:strikes?|walkouts?|stoppages?|shutdowns?|outages?|closures?|blockades?|industrial action|cancell?ed|cancell?ations?|disruption)\b/i;

/**
 * Does a stem tell a side scene of a disruption story without the disruption ("Commuters crowded
 * onto buses and trams in Katowice during the morning rush", under "Polish regional rail strike
 * cancels ..."): its subject is the people a strike or closure affects, and no word of it says
 * there was one, nor names who (QUALITY.md R4: the statement has nothing to be judged against)?
 */
export function sideScene(article: Article, stem: string): boolean {
	if (!HEADLINE_DISRUPTION.test(article.title) || !AFFECTED.test(stem)) return false;
	return !DISRUPTION_WORD.test(stem) && !/(?<=\s)\p{Lu}[\p{L}\p{M}-]*\s(?:rail|railway|bus|airline|airport|union|operator)\b/u.test(stem);
}
