import { isFirstName } from './lexicon';
import type { Article, Sentence } from './types';

/**
 * "The castle", "the museum", "the court", "the fire" (QUALITY.md R4): a lower-case noun that
 * heads a proper name the article gave before ("Norwich Castle", "the 3rd Federal Criminal Court",
 * "The Ridge Fire") points back to that name. A stem keeps the name in its place when exactly
 * one name of the article ends in that noun and the article never writes "a <noun>" (an unnamed
 * one it may mean instead); when several names, or an unnamed one, may be meant, the R4 check
 * refuses the stem (the issue's rule: resolve only when exactly one referent fits).
 */

/** One name the article gives: as written, whether it mostly takes "the", and the first sentence that names it. */
interface Name {
	text: string;
	the: boolean;
	first: number;
}

interface Names {
	/** Names by lower-case head noun. */
	byHead: Map<string, Name[]>;
	/** The article's text, lower-case, for "a <noun>" tests. */
	lower: string;
}

// heads that name other things as often as they head a name ("the city" beside "Manchester
// City", "the house" beside "the White House", "the union" beside "the European Union"), or
// that anaphora.ts resolves by what kind of name it is
const OTHER_SENSES = new Set(['city', 'state', 'town', 'country', 'nation', 'house', 'street', 'road', 'world', 'union', 'party', 'government', 'times', 'post', 'league', 'cup', 'office', 'group', 'club', 'team', 'company', 'firm', 'bank', 'council', 'university', 'agency', 'trust', 'park', 'side', 'area', 'region', 'island', 'islands', 'centre', 'center', 'square', 'news', 'police']);
// a run of capitalised words, an ordinal before them ("the 3rd Federal Criminal Court") and "of" or "&" inside
const RUN = /(?:\d+(?:st|nd|rd|th) )?\p{Lu}[\p{L}\p{M}’'.-]*(?:(?: of| &| and)? \p{Lu}[\p{L}\p{M}’'.-]*)+/gu;
// words that open a sentence or a phrase, never a name's first word
const OPENER = /^(?:The|A|An|In|At|On|By|From|To|For|With|Near|Outside|Inside|After|Before|But|And|Or|Its|Their|His|Her|This|That|These|Those|Mr|Mrs|Ms|Dr|Prof)$/;
// the head of a body's name reads with "the" even where the article's mention has none
// ("Valdoria's centre-right Civic Alliance" → "the Civic Alliance had 31.8%", never "Civic Alliance had";
// "the Silver Line is projected")
const BODY_HEAD = /^(?:alliance|coalition|bloc|front|movement|commission|committee|assembly|federation|association|authority|ministry|department|institute|foundation|society|service|board|tribunal|inquiry|fire|line)$/;
const CACHE = new WeakMap<Article, Names>();

/** The article's names by head noun, found once per article (so the rewrite stays linear in its length). */
function namesOf(article: Article, sentences: readonly Sentence[]): Names {
	let names = CACHE.get(article);
	if (names) return names;
	const byHead = new Map<string, Name[]>();
	const counts = new Map<string, { the: number; all: number }>();
	sentences.forEach((s, index) => {
		for (const m of s.text.matchAll(RUN)) {
			const words = m[0].split(' ');
			while (words.length > 1 && OPENER.test(words[0])) words.shift();
			// "Rachel Baker" is a person, not a baker's name
			if (words.slice(0, -1).some((w) => isFirstName(w))) continue;
			// "Norwich Castle Museum" names "Norwich Castle" too
			for (let end = 2; end <= words.length; end++) {
				if (/^(?:of|&|and)$/.test(words[end - 1]) || /^\d/.test(words[end - 1])) continue;
				const text = words.slice(0, end).join(' ');
				const head = words[end - 1].toLowerCase().replace(/[’']s$/, '');
				if (!/^\p{Ll}+$/u.test(head) || text.split(' ').length < 2) continue;
				const list = byHead.get(head) ?? [];
				if (!list.some((n) => n.text === text)) list.push({ text, the: false, first: index });
				byHead.set(head, list);
				const before = s.text.slice(0, m.index + m[0].indexOf(text));
				const c = counts.get(text) ?? { the: 0, all: 0 };
				c.all++;
				if (/\b[Tt]he $/.test(before)) c.the++;
				counts.set(text, c);
			}
		}
	});
	for (const list of byHead.values()) for (const n of list) n.the = 2 * counts.get(n.text)!.the > counts.get(n.text)!.all;
	names = { byHead, lower: [article.title, ...sentences.map((s) => s.text)].join('\n').toLowerCase() };
	CACHE.set(article, names);
	return names;
}

// "the castle", "The museum's": a bare definite noun with no name after it
const POINTER = /\b([Tt]he) (\p{Ll}+)((?:[’']s)?)(?![\p{L}\p{M}-]|,? \p{Lu}| of \p{Lu})/gu;

/** The names before or in `sentence` that `head` may point back to, none when a stem names one already. */
function namesFor(names: Names, sentence: Sentence, head: string): Name[] {
	// a plural ("the homes", "the games") counts things, which a name ending in it ("Goram Homes") is not
	if (OTHER_SENSES.has(head) || head.endsWith('s')) return [];
	return (names.byHead.get(head) ?? []).filter((n) => n.first <= sentence.index);
}

/** Is `at` inside a direct quote of `text`? */
function quoted(text: string, at: number): boolean {
	const before = text.slice(0, at);
	return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length || (before.match(/"/g) ?? []).length % 2 === 1;
}

/**
 * The stem with each "the <noun>" that heads exactly one name the article gave up to `sentence`
 * written as that name ("at the castle" → "at Norwich Castle", "The court also ordered" → "The
 * 3rd Federal Criminal Court also ordered"), unless the article writes "a <noun>" anywhere or the
 * stem names it already. Inside a direct quote the speaker's words stay theirs (R6).
 */
export function nameHeads(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const names = namesOf(article, sentences);
	return stem.replace(POINTER, (whole, the: string, head: string, possessive: string, at: number) => {
		const fitting = namesFor(names, sentence, head);
		if (fitting.length !== 1 || quoted(stem, at) || new RegExp(String.raw`\ban? (?:[\p{L}-]+ ){0,2}${head}\b`, 'u').test(names.lower)) return whole;
		const [name] = fitting;
		if (stem.includes(name.text)) return whole;
		return `${name.the || BODY_HEAD.test(head) ? `${the} ` : ''}${name.text}${possessive}`;
	});
}

/** A written item with its stems passed through `nameHeads`. */
export function nameHeadsIn<W extends { stem: string; falseStem?: string }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	return { ...written, stem: nameHeads(article, sentences, sentence, written.stem), ...(written.falseStem === undefined ? {} : { falseStem: nameHeads(article, sentences, sentence, written.falseStem) }) };
}

/**
 * Does a stem keep a "the <noun>" that heads a name the article gave before (or in) `sentence`
 * but names none of them: "on display at the castle" where the article named "Norwich Castle"
 * and `nameHeads` could not say which one is meant (QUALITY.md R4)? A noun `inView` says the
 * headline names ("the fire" under "Wildfire destroys ...") is left to the caller's other checks.
 */
export function unnamedHead(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string, inView: (noun: string) => boolean): boolean {
	const names = namesOf(article, sentences);
	for (const m of stem.matchAll(POINTER)) {
		if (inView(m[2])) continue;
		const fitting = namesFor(names, sentence, m[2]);
		if (fitting.length > 0 && !quoted(stem, m.index) && !fitting.some((n) => stem.includes(n.text))) return true;
	}
	return false;
}
