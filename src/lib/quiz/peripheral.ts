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
const HANDED_ON = /\b(?:said|says|told|tells|added|adds|according|estimated|argued|warned|noted|while|whereas|but|although)\b|[;:–—]/;

// "Priya Raman, head of European technology research at ", "Jane Doe, an economist with ": a person and the post the
// sentence gives them, ending on the word that names their employer
const POST_BEFORE_EMPLOYER = /^,\s(?:(?:an?|the)\s)?[^,;:()"“”]{2,80}?\s(?:at|of|with|for|from)\s(?:the\s)?$/u;
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
	return sentences.filter((s) => {
		const own = wordsOf(s);
		return words.some((w) => own.has(w));
	}).length <= MAX_MENTIONS;
}

/**
 * The name a sentence opens on as its subject, or undefined when it opens on none. A single
 * word must be a name: written with a capital after "The" ("The Greens"), a name to the
 * lexicon, or written with a capital inside a sentence of `sentences`; so "Officials said ..."
 * and "Divers and drone surveys found ..." open on no name.
 */
function subjectName(sentence: string, sentences: readonly string[]): string | undefined {
	const m = SUBJECT.exec(sentence);
	if (!m) return undefined;
	const name = m[2];
	// "The Seoul-based company", "The German carmaker", "The UK-listed firm": a capitalised modifier of a common noun, which
	// names the story's own subject as often as any other
	if (/-\p{Ll}/u.test(name) || name.split(' ').some((w) => tagsOf(w).includes('Demonym'))) return undefined;
	// after "The", only a comma or a verb closes a name: "The British company" goes on to its noun, "The Greens saw" to its verb
	const next = /^\s(\p{Ll}+)/u.exec(sentence.slice(m[0].length))?.[1];
	if (m[1] !== undefined && next !== undefined && !tagsOf(next).some((t) => VERB_TAG.test(t))) return undefined;
	if (name.includes(' ') || m[1] !== undefined || tagsOf(name).some((t) => t.endsWith('Name'))) return name;
	const inside = new RegExp(`\\S\\s${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');
	return sentences.some((s) => inside.test(s)) ? name : undefined;
}

/**
 * Which kind of peripheral fact (`PeripheralKind`) the fact of a source sentence is, or undefined.
 * Takes the sentence's text, the fact and the `PeripheralContext`. A `source-employer` is an
 * organisation given as the employer of a person the sentence introduces with their post, both
 * peripheral ("Priya Raman, head of research at Albion Capital, said ..."): which firm a source
 * works for is no fact of the story. A `side-figure` is a number told of the peripheral entity
 * the sentence opens on, before the sentence hands on to a speaker or another clause ("Ferris
 * Precision, ..., fell 4.2% to 312p", "The Greens ... saw their share fall by 1.3 points").
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
		if (source && !distinctive(source.text).some((w) => wordsOf(opening).has(w))) return 'source-employer';
	}
	if (fact.type === 'count' || fact.type === 'percent' || fact.type === 'money' || fact.type === 'age' || fact.type === 'range') {
		const subject = subjectName(sentenceText, sentences);
		if (subject === undefined || fact.span.start < subject.length) return undefined;
		if (HANDED_ON.test(sentenceText.slice(sentenceText.indexOf(subject) + subject.length, fact.span.start))) return undefined;
		if (peripheral(subject, opening, sentences)) return 'side-figure';
	}
	return undefined;
}
