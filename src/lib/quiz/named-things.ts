import { hasTag, tagged, tagsOf } from './lexicon';
import { quotedAt } from './quoted-at';
import { blankQuotes, withPossessive } from './words';
import type { Article, Sentence } from './types';

/**
 * "the scheme", "the plan", "the survey" (QUALITY.md R4): a plan, a survey or a scheme the article
 * named once ("the Rwanda scheme", "the Haweswater plan", "the Big Garden Birdwatch, an annual
 * survey of ...") and later calls by its kind alone. The stem gets the name written in when the
 * article names exactly one thing of that kind and never tells of another (no "a plan", "another
 * survey", "Labour's plan", "the new scheme"); otherwise the pointer stays for the R4 check.
 */

// the kinds of a named undertaking a story may come back to by its kind alone
// and a place of a story's works that it names: "the Huaca Las Ventanas site", "Line 7 of the Santiago Metro"
const KINDS = 'scheme|plan|survey|project|programme|program|strategy|initiative|review|inquiry|study|proposal|policy|campaign|fund|deal|agreement|pact|treaty|bill|census|consultation|report|site|line|troupe';
// a capitalised run of one to four words: a name, or the start of a sentence
const RUN = String.raw`\p{Lu}[\p{L}\p{M}’'&.-]*(?: (?:of |and |for )?\p{Lu}[\p{L}\p{M}’'&.-]*){0,3}`;
// "the Rwanda scheme", "Haweswater plan": group 1 the name, 2 the kind
const NAME_THEN_KIND = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])(${RUN}) (${KINDS})(?![\p{L}\p{M}-])`, 'gu');
// "the Big Garden Birdwatch, an annual survey": group 1 the name, 2 the kind
const NAME_IS_KIND = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])(${RUN}), (?:an?|the) (?:[\p{Ll}-]+ ){0,3}?(${KINDS})(?![\p{L}\p{M}-])`, 'gu');
// "a survey called the Big Garden Birdwatch": group 1 the kind, 2 the name
const KIND_CALLED = new RegExp(String.raw`(?<![\p{L}\p{M}-])(${KINDS}),? (?:called|known as|named|dubbed) (?:the )?(${RUN})`, 'gu');
// "she founded her own troupe, Divadlo Nitka, with ...": a troupe named in the apposition after it, which no tagger
// knows as an organisation; group 1 the name (a name the apposition does not close, "Loutky na cestě", is left out)
const TROUPE_NAMED = new RegExp(String.raw`(?<![\p{L}\p{M}-])troupe, (${RUN})(?=, | \(|[.;])`, 'gu');
// a metro or bus line named by its number, "Line 7 of the Santiago Metro", "Line 3": group 1 the number, 2 the network
const NUMBERED_LINE = new RegExp(String.raw`(?<![\p{L}\p{M}-])Line (\d{1,2}[A-Z]?)(?: of the (${RUN}))?(?![\p{L}\p{M}\d-])`, 'gu');
// words that open a sentence or a clause, or say where or when, never a name's first word
const NOT_NAME = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|In|On|At|By|For|From|With|After|Before|But|And|Or|If|When|While|As|Under|Last|Next|Every|Each|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
// "the scheme", "The plan's": a kind with no name, "of" or noun after it; group 1 "the", 2 the kind, 3 a possessive
const POINTER = new RegExp(String.raw`(?<![\p{L}\p{M}-])([Tt]he) (${KINDS})((?:[’']s)?)(?![\p{L}\p{M}’'-])(?!,? \p{Lu}| of\b)`, 'gu');
// a quick test for a stem with no kind's "the <kind>" at all
const ANY_POINTER = new RegExp(String.raw`(?<![\p{L}\p{M}-])[Tt]he (?:${KINDS})(?![\p{L}\p{M}-])`, 'u');
// "Officials plan to", "residents report a": the kind's word as a verb, where no "the" makes the words before it a name
const AS_VERB = /^ (?:to|the|a|an|that|on|their|his|her|its|for|out|up|how|whether)\b/;

const CACHE = new WeakMap<Article, Map<string, { names: Map<string, number>; other: boolean }>>();

/** Is `run` a name, not a nationality ("the Swedish investigation") nor a sentence's first words? */
function isName(run: string, before: string): boolean {
	const words = run.split(' ');
	// "Officials plan", "Residents report": a plural subject before the kind's word as a verb
	if (words.length === 1 && /\p{Ll}s$/u.test(run) && !/ss$/.test(run)) return false;
	if (NOT_NAME.test(words[0]) || words.every((w) => hasTag(w.toLowerCase().replace(/[’']s$/, ''), 'Demonym') || /(?:an|ese|ish|ern|ic)$/.test(w))) return false;
	// a run that opens a sentence may be the sentence's own first word ("Officials plan ...")
	return !/(?:^|[.!?]\s+|\n)$/.test(before) || words.length > 1;
}

/**
 * The one thing of `kind` that `article` names by the sentence at `upTo`, as the stem writes it ("the Rwanda scheme",
 * "the Big Garden Birdwatch"), when it names exactly one by then and tells of no other anywhere: no "a scheme", "another
 * scheme", "schemes", "Labour's scheme" or "the new scheme" beside it. A second name first given after `upTo` ("the older Line 1" three paragraphs on, under "... opens
 * metro Line 2") is no thing the stem's reader has met, so it cannot be meant (QUALITY.md R4). Null when none or
 * several fit.
 */
function namedOf(article: Article, sentences: readonly Sentence[], kind: string, upTo: number): string | null {
	const { names, other } = namesOf(article, sentences, kind);
	if (other) return null;
	const met = new Map([...names].filter(([, first]) => first <= upTo));
	// "the Big Garden Birdwatch" and "the Big Garden Birdwatch survey" are one
	const distinct = [...met.keys()].filter((n) => ![...met.keys()].some((o) => o !== n && n.startsWith(`${o} `)));
	if (distinct.length !== 1) return null;
	// "Line 7" of the headline is "Line 7 of the Santiago Metro" of the lead, written in full where the article gives its network once
	const full = /^Line \d/.test(distinct[0]) ? [...met.keys()].filter((n) => n.startsWith(`${distinct[0]} of `)) : [];
	return full.length === 1 ? full[0] : distinct[0];
}

/**
 * Every name `article` gives a thing of `kind`, each with the first sentence (−1: the headline) that gives it, and
 * whether it tells of an unnamed or another one (`namedOf`). Read once per article and kind.
 */
function namesOf(article: Article, sentences: readonly Sentence[], kind: string): { names: Map<string, number>; other: boolean } {
	let byKind = CACHE.get(article);
	if (!byKind) CACHE.set(article, (byKind = new Map()));
	const known = byKind.get(kind);
	if (known !== undefined) return known;
	const texts = [article.title, ...sentences.map((s) => s.text)];
	const names = new Map<string, number>();
	let other = false;
	const unnamed = new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:an?|one|each|every|any|no) (?:[\p{L}-]+ ){0,2}${kind}(?![\p{L}\p{M}-])`, 'u');
	const another = new RegExp(String.raw`(?<![\p{L}\p{M}-])(?:another (?:[\p{L}-]+ ){0,2}${kind}|${kind}s|[Tt]he (?:new|other|second|previous|last|next|earlier|first|same|original|current|existing|revised|rival) ${kind})(?![\p{L}\p{M}-])`, 'u');
	texts.forEach((text, i) => {
		const add = (name: string) => {
			if (!names.has(name)) names.set(name, i - 1);
		};
		for (const m of text.matchAll(NAME_THEN_KIND)) {
			if (m[2] !== kind || (!/\b[Tt]he $/.test(text.slice(0, m.index)) && AS_VERB.test(text.slice(m.index + m[0].length))) || !isName(m[1], text.slice(0, m.index))) continue;
			// "Labour's plan" is the party's, a plan of its own: another plan
			if (/[’']s$/.test(m[1])) other = true;
			else add(`the ${m[1].replace(/^(?:The) /, '')} ${kind}`);
		}
		// "the Big Garden Birdwatch, an annual survey" names the survey; "an expansion ... in the city of Valdoria, a
		// project" does not: the apposition is to the whole phrase, of which the name is only the last word
		for (const m of text.matchAll(NAME_IS_KIND)) {
			const before = text.slice(0, m.index);
			if (m[2] === kind && /(?:^|\b[Tt]he )$/.test(before) && isName(m[1], before)) add(`${/\b[Tt]he $/.test(before) ? 'the ' : ''}${m[1]}`);
		}
		// "known as Line 3": a name that a number ends is NUMBERED_LINE's, never "Line" alone
		for (const m of text.matchAll(KIND_CALLED)) if (m[1] === kind && isName(m[2], '') && !/^ \d/.test(text.slice(m.index + m[0].length))) add(`${/ the \p{Lu}/u.test(m[0]) ? 'the ' : ''}${m[2]}`);
		if (kind === 'line') for (const m of text.matchAll(NUMBERED_LINE)) add(m[0]);
		if (kind === 'troupe') for (const m of text.matchAll(TROUPE_NAMED)) if (isName(m[1], '')) add(m[1]);
		if (another.test(text.replace(NAME_IS_KIND, ''))) other = true;
	});
	// "Offshore wind is not an ideological project", "We would rather open a line that is safe": a speaker's "a
	// project" is a kind of thing, seldom another one; "another project", "projects" in a quote still tell of others
	if ([article.title, ...article.paragraphs].some((text) => unnamed.test(blankQuotes(text).replace(NAME_IS_KIND, '')))) other = true;
	const found = { names, other };
	byKind.set(kind, found);
	return found;
}

/**
 * "the Line 2 project": the project of building the one numbered line the headline names ("São Teodoro opens driverless
 * metro Line 2 ..."), which the body then calls "the project" (QUALITY.md R4). Only where the article names no project
 * and tells of none, no other line is named by the sentence at `upTo` (`namedOf`), and the line is not written with its
 * network ("Line 7 of the Santiago Metro project" reads as the metro's); null otherwise.
 */
function headlineLineProject(article: Article, sentences: readonly Sentence[], upTo: number): string | null {
	const projects = namesOf(article, sentences, 'project');
	if (projects.other || projects.names.size > 0) return null;
	const line = namedOf(article, sentences, 'line', upTo);
	return line !== null && namesOf(article, sentences, 'line').names.get(line) === -1 && !/ of /.test(line) ? `the ${line} project` : null;
}

/**
 * `stem` with each bare "the <kind>" outside a quote written as the one thing of that kind the
 * article names (`namedOf`) by `sentence`: "spent on the scheme" → "spent on the Rwanda scheme".
 * Unchanged where the stem names it already, or none or several fit.
 */
export function nameThings(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	if (!ANY_POINTER.test(stem)) return stem;
	return stem.replace(POINTER, (whole, the: string, kind: string, possessive: string, at: number) => {
		const named = namedOf(article, sentences, kind, sentence.index) ?? (kind === 'project' ? headlineLineProject(article, sentences, sentence.index) : null);
		// "the survey results": the kind modifies the noun after it, which is no survey
		const next = /^ (\p{Ll}+)/u.exec(stem.slice(at + whole.length))?.[1];
		// "The project cost an estimated ...", "the line carries 40,000 a day": a figure after the word makes it the verb
		const verb = /^ \p{Ll}+ (?:an? |about |around |nearly |almost |roughly |some |more than |[\d£$€¥]|_____)/u.test(stem.slice(at + whole.length));
		if (!possessive && next && !verb && tagsOf(next).some((t) => t === 'Singular' || t === 'Plural' || t === 'Noun') && !tagsOf(next).some((t) => /Verb|Tense|Copula|Modal|Auxiliary|Preposition|Conjunction|Infinitive|Adverb/.test(t))) return whole;
		if (!named || quotedAt(stem, at) || stem.includes(named.replace(/^the /, ''))) return whole;
		// "Line 7 of the Santiago Metro's" reads as the metro's; "toe the line", "down the line" are no line of the story
		if ((possessive && / of /.test(named)) || (kind === 'line' && /\b(?:toe|toed|toeing|down|hold|holding|held|draw|drew|drawn|cross|crossed|over)\s$/i.test(stem.slice(0, at)))) return whole;
		const text = withPossessive(named, possessive);
		return the === 'The' ? text[0].toUpperCase() + text.slice(1) : text;
	});
}

// "The 68kg satellite, named Chaophraya-1 after the river ...": a thing given its name in an apposition; group 1 its noun, 2 the name
const THING_NAMED = /(?<![\p{L}\p{M}-])[Tt]he (?:[\p{L}\d-]+ ){0,3}?(\p{Ll}+), (?:named|called|dubbed|known as) (\p{Lu}[\p{L}\p{M}\d-]*)(?=[ ,.;])/gu;

/**
 * `stem` with an opening bare "The <noun>" written as the name the body gives the headline's one
 * thing of that noun: under "Thai start-up's first satellite reaches orbit ...", after "The 68kg
 * satellite, named Chaophraya-1 after the river ...", "The satellite carries a multispectral camera"
 * → "Chaophraya-1 carries a multispectral camera" (QUALITY.md R4: the dev146 satellite's camera and
 * cost had gone to R4). Only where the headline has the noun, the body names exactly one thing of it
 * so, the stem's sentence comes after that naming and the "The" is outside a quote; unchanged otherwise.
 */
export function nameHeadlineThing(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const opening = /^The (\p{Ll}+)(?=[’']s\b| )/u.exec(stem);
	if (!opening || !new RegExp(String.raw`(?<![\p{L}\p{M}-])${opening[1]}(?![\p{L}\p{M}-])`, 'iu').test(article.title)) return stem;
	const named = sentences.flatMap((s) => [...s.text.matchAll(THING_NAMED)].filter((m) => m[1] === opening[1]).map((m) => ({ name: m[2], at: s.index })));
	if (new Set(named.map((n) => n.name)).size !== 1 || named[0].at >= sentence.index || stem.includes(named[0].name)) return stem;
	// "The satellite industry employs ...": a noun after it, read in context, is the head the stem is about (the m48
	// reviewer's R1, R6: "Chaophraya-1 industry"); "The satellite itself", "The satellite carries" are the thing's own.
	// Read last: tagging the stem in context costs more than every other check, and few stems get this far
	const next = /^ \p{Ll}/u.test(stem.slice(opening[0].length)) ? tagged(stem)[2] : undefined;
	if (next && next.tags.includes('Noun') && !next.tags.includes('Pronoun')) return stem;
	return `${named[0].name}${stem.slice(opening[0].length)}`;
}

/** A written item with its stems passed through `nameHeadlineThing`. */
export function nameHeadlineThingIn<W extends { stem: string; falseStem?: string }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const write = (stem: string) => nameHeadlineThing(article, sentences, sentence, stem);
	return { ...written, stem: write(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: write(written.falseStem) }) };
}

/** A written item with its stems passed through `nameThings`. */
export function nameThingsIn<W extends { stem: string; falseStem?: string }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const write = (stem: string) => nameThings(article, sentences, sentence, stem);
	return { ...written, stem: write(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: write(written.falseStem) }) };
}
