import type { Fact } from './facts';
import { tagsOf } from './lexicon';

/**
 * Facts about a story's peripheral people and organisations, which a strict teacher deletes as
 * trivia (QUALITY.md R7: "about a fact that matters to the story"). An entity is peripheral when
 * neither the headline nor the lead paragraph names it and the article names it in at most two
 * sentences: a quoted analyst, a side supplier, a minor party, a parent in a vox pop. The
 * holdout176 and holdout177 readers marked NO the firm an analyst works for ("Priya Raman was head
 * of research at _____"), a side supplier's share price, a minor party's change of share and the
 * number of children of one parent quoted against a school closure. The story's protagonists are
 * named in its opening, and their facts are never read here.
 */

/** The kinds of peripheral fact `peripheralFact` finds. */
export type PeripheralKind = 'source-employer' | 'side-figure';

/**
 * What `peripheralFact` reads beyond the sentence: the headline and the lead paragraph as
 * `opening`, every sentence of the article (to count an entity's mentions), and the facts found in
 * the source sentence (its people).
 */
export interface PeripheralContext {
	opening: string;
	sentences: readonly string[];
	facts: readonly Pick<Fact, 'type' | 'span' | 'text'>[];
}

// an entity named in more sentences than this is one the story follows, however far from its lead
const MAX_MENTIONS = 2;

// words of a name that say only what kind of body it is, which unrelated names share
const KIND_WORD = /^(?:The|Technologies|Technology|Systems|Group|Holdings|Industries|International|Bank|Capital|Partners|Corp|Corporation|Inc|Ltd|Limited|plc|PLC|AG|SA|NV|Co|Company|Party|Council|University|College|Institute|of|for|and|de|da|van|von)$/;

// "Ferris Precision, the UK-listed engineering firm ...,", "The Greens, who had hoped ...,", "Marisol Gutiérrez-Bauer, 38,":
// the capitalised name a sentence opens on, its subject, before a comma or its lower-case verb
const SUBJECT = /^(The\s)?(\p{Lu}[\p{L}\p{M}’'&.-]*(?:\s(?:of\s|de\s|da\s|van\s|von\s)?\p{Lu}[\p{L}\p{M}’'&.-]*){0,4})(?=,\s|\s\p{Ll})/u;

// the lexicon's tags of a verb's forms
const VERB_TAG = /^(?:PastTense|PresentTense|Infinitive|Verb|Copula|Auxiliary|Modal|Gerund|Participle)$/;

// a word that hands the rest of the sentence to another speaker or subject: what follows is no longer the subject's own fact
const HANDED_ON = /\b(?:said|says|told|tells|added|adds|according|estimated|estimates|put|puts|forecast|forecasts|projected|calculated|found|finds|counted|recorded|argued|warned|noted|while|whereas|but|although)\b|[;:–—]/;

// "Priya Raman, head of European technology research at ", "Jane Doe, an economist with ": a person and the post the
// sentence gives them, ending on the word that names their employer
const POST_BEFORE_EMPLOYER = /^,\s(?:(?:an?|the)\s)?[^,;:()"“”]{2,80}?\s(?:at|of|with|for|from)\s(?:the\s)?$/u;
// "an epidemiologist at the University of Eastbridge who led the research", "the study's lead author": the person did the
// story's own work, and where they did it is the story's
const STORY_WORK = /\b(?:who\s(?:led|leads|ran|runs|conducted|oversaw|co-?authored|wrote|designed)|lead\s(?:author|researcher|investigator)|senior\sauthor|principal\sinvestigator)\b/i;
// "Albion Capital analyst Priya Raman": an employer written before the post and the person
const POST_AFTER_EMPLOYER = /^(?:[’']s)?\s(?:\p{Ll}[\p{L}-]*\s){1,4}$/u;

/** The words of `text` as a set, split at spaces, punctuation and hyphens, a possessive's ending dropped. */
function wordsOf(text: string): Set<string> {
	return new Set(text.split(/[\s,.:;!?"“”()’'-]+/).filter((w) => w !== '' && w !== 's'));
}

/** The words that tell a name apart: its capitalised words, split at hyphens, save those that say only what kind of body it is. */
function distinctive(name: string): string[] {
	return [...wordsOf(name)].filter((w) => /^\p{Lu}/u.test(w) && !KIND_WORD.test(w));
}

/**
 * Is the entity named `name` peripheral to the article: are there distinctive words of its name,
 * none of them in the opening (headline and lead), and at most `MAX_MENTIONS` sentences of
 * `sentences` naming any of them?
 */
function peripheral(name: string, opening: string, sentences: readonly string[]): boolean {
	const words = distinctive(name);
	if (words.length === 0) return false;
	const story = wordsOf(opening);
	if (words.some((w) => story.has(w))) return false;
	// "Bombay Institute of Science" under a lead of "The Delhi institute": one of the kind of body the story ranks or counts
	const kinds = new Set([...story].map((w) => w.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')));
	if ([...wordsOf(name)].some((w) => KIND_WORD.test(w) && /^\p{Lu}/u.test(w) && w !== 'The' && kinds.has(w.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')))) return false;
	return sentences.filter((s) => {
		const own = wordsOf(s);
		return words.some((w) => own.has(w));
	}).length <= MAX_MENTIONS;
}

/**
 * The name a sentence opens on as its subject, and whether it is a person's, or undefined when it
 * opens on none. The name must be a person or an organisation the sentence's `facts` find there,
 * or a capitalised plural after "The" ("The Greens"), so "Officials said ...", "Storm Ileana
 * dumped ..." and "The Seoul-based company posted ..." open on no name of a side entity. An
 * acronym ("The NHS spends ...") names a public body whose figures are the story's context.
 */
function subjectName(sentence: string, facts: PeripheralContext['facts']): { name: string; person: boolean } | undefined {
	const m = SUBJECT.exec(sentence);
	if (!m) return undefined;
	const name = m[2];
	// ("The Scottish Government", "The German carmaker": a nation's word names a public body or the story's own firm described)
	if (/^\p{Lu}+$/u.test(name) || /-\p{Ll}/u.test(name) || name.split(' ').some((w) => tagsOf(w).includes('Demonym'))) return undefined;
	const start = m[1]?.length ?? 0;
	const found = facts.find((f) => (f.type === 'person' || f.type === 'organisation') && f.span.start === start && name.startsWith(f.text));
	if (found) return { name, person: found.type === 'person' };
	// after "The", only a comma or a verb closes a name: "The British company" goes on to its noun, "The Greens saw" to its verb
	const next = /^\s(\p{Ll}+)/u.exec(sentence.slice(m[0].length))?.[1];
	const plural = m[1] !== undefined && !name.includes(' ') && /s$/.test(name);
	return plural && (next === undefined || tagsOf(next).some((t) => VERB_TAG.test(t))) ? { name, person: false } : undefined;
}

/**
 * Which kind of peripheral fact (`PeripheralKind`) the fact of a source sentence is, or undefined.
 * Takes the sentence's text, the fact and the `PeripheralContext`. A `source-employer` is an
 * organisation given as the employer of a person the sentence introduces with their post, both
 * peripheral ("Priya Raman, head of research at Albion Capital, said ..."): which firm a source
 * works for is no fact of the story, unless they did the story's own work (led the study). A
 * `side-figure` is a number told of the peripheral entity the sentence opens on, before the
 * sentence hands on to a speaker, an estimate or another clause ("Ferris Precision, ..., fell 4.2%
 * to 312p", "The Greens ... saw their share fall by 1.3 points"); of a person, only one told in
 * the aside after their name ("Marisol Gutiérrez-Bauer, 38, whose two children attend ...").
 */
export function peripheralFact(sentenceText: string, fact: Pick<Fact, 'type' | 'span' | 'text'>, { opening, sentences, facts }: PeripheralContext): PeripheralKind | undefined {
	if (fact.type === 'organisation' && peripheral(fact.text, opening, sentences)) {
		const before = sentenceText.slice(0, fact.span.start);
		const after = sentenceText.slice(fact.span.end);
		const source = facts.find(
			(p) =>
				p.type === 'person' &&
				((p.span.end <= fact.span.start && POST_BEFORE_EMPLOYER.test(before.slice(p.span.end))) ||
					(p.span.start >= fact.span.end && POST_AFTER_EMPLOYER.test(after.slice(0, p.span.start - fact.span.end))))
		);
		if (source && !distinctive(source.text).some((w) => wordsOf(opening).has(w)) && !STORY_WORK.test(sentenceText)) return 'source-employer';
	}
	if (fact.type === 'count' || fact.type === 'percent' || fact.type === 'money' || fact.type === 'age' || fact.type === 'range') {
		const subject = subjectName(sentenceText, facts);
		if (subject === undefined || fact.span.start < subject.name.length) return undefined;
		const between = sentenceText.slice(sentenceText.indexOf(subject.name) + subject.name.length, fact.span.start);
		if (HANDED_ON.test(between)) return undefined;
		// a person's own figure is told in the aside after their name ("Marisol Gutiérrez-Bauer, 38, whose two children ..."),
		// where "Liam Doherty sealed the win with seven minutes left" tells the story's event
		// ("who won the Coleman Medal with 71 goals" is a past deed, a fact of the person's record, not of their household)
		const aside = between + sentenceText.slice(fact.span.end).split(',')[0];
		if (subject.person && !(between.startsWith(',') && sentenceText.slice(fact.span.end).includes(',') && !aside.split(/\s+/).some((w) => /\p{Ll}ed$/u.test(w) || tagsOf(w).includes('PastTense')))) return undefined;
		if (peripheral(subject.name, opening, sentences)) return 'side-figure';
	}
	return undefined;
}
