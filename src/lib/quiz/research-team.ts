import { containsWord } from './words';
import { quotedAt } from './quoted-at';
import type { Article, Sentence } from './types';

/**
 * "The researchers observed Europa for 17 nights" (QUALITY.md R4): the researchers a science story
 * has just named as one scientist's group ("Paganini and his colleagues used the W.M. Keck
 * Observatory ..."). The stem gets the group written in as the article words it, with the
 * scientist's full name ("Lucas Paganini and his colleagues observed Europa ..."), when the
 * article names one such group and tells of no other researchers; otherwise the pointer stays for
 * the R4 check.
 */

// "Paganini and his colleagues", "Dr Okafor and her team": group 1 the name, 2 the group's words
const GROUP = /(?<![\p{L}\p{M}’'-])(\p{Lu}[\p{L}\p{M}’'-]+(?: \p{Lu}[\p{L}\p{M}’'-]+){0,2}) (and (?:his|her|their) (?:colleagues|team|co-authors|collaborators|fellow researchers))(?![\p{L}\p{M}-])/gu;
// researchers the story tells of as others: "researchers at Oxford", "a team from ...", "other scientists", "a separate study"
const OTHER_RESEARCHERS = /\b(?:[Rr]esearchers|[Ss]cientists|[Tt]eam) (?:at|from|with|of|in|led by) (?:the )?\p{Lu}|\b(?:another|other|separate|earlier|previous|rival) (?:researchers|scientists|team|teams|study|studies|group)\b|\b[Aa] team (?:at|from|of|led by)\b/u;
// "The researchers", "the scientists", "the study's authors": the group as a subject or object, no possessive after it
const POINTER = /(?<![\p{L}\p{M}-])[Tt]he (?:researchers|scientists|study[’']s authors)(?![\p{L}\p{M}’'-])/gu;
const WORDS_BEFORE_NAME = /^(?:The|A|An|And|But|In|On|At|By|For|From|With|After|Before|While|When|As|Dr|Prof|Professor)$/;

const CACHE = new WeakMap<Article, { written: string; surname: string; first: number } | null>();

/**
 * The one research group `article` names ("Lucas Paganini and his colleagues", with the full name
 * the article first gives the scientist), and the first sentence that names it. Null when it
 * names none, groups of several scientists, or tells of other researchers.
 */
function groupOf(article: Article, sentences: readonly Sentence[]): { written: string; surname: string; first: number } | null {
	const known = CACHE.get(article);
	if (known !== undefined) return known;
	const found: { surname: string; words: string; first: number }[] = [];
	for (const s of sentences) {
		for (const m of s.text.matchAll(GROUP)) {
			const name = m[1].split(' ').filter((w, i) => i > 0 || !WORDS_BEFORE_NAME.test(w));
			if (name.length === 0) continue;
			found.push({ surname: name.at(-1)!, words: m[2], first: s.index });
		}
	}
	const text = sentences.map((s) => s.text).join('\n');
	const surnames = new Set(found.map((f) => f.surname));
	let group: { written: string; surname: string; first: number } | null = null;
	if (surnames.size === 1 && !OTHER_RESEARCHERS.test(text)) {
		const [{ surname, words, first }] = found;
		// the fullest name the article gives the scientist: "study lead author Lucas Paganini"
		const full = new RegExp(String.raw`(?<![\p{L}\p{M}’'-])\p{Lu}[\p{L}\p{M}’'-]+ ${surname}(?![\p{L}\p{M}’'-])`, 'u').exec(text)?.[0];
		const written = full && !WORDS_BEFORE_NAME.test(full.split(' ')[0]) ? full : surname;
		group = { written: `${written} ${words}`, surname, first };
	}
	CACHE.set(article, group);
	return group;
}

// "Researchers at the University of Leeds", "a team from Yonsei University": group 1 the institution
const AT_INSTITUTION = /\b(?:[Rr]esearchers|[Ss]cientists|[Aa] team|[Tt]he team) (?:at|from) ((?:the )?\p{Lu}[\p{L}\p{M}’'-]*(?: (?:of|for|de) \p{Lu}[\p{L}\p{M}’'-]*| \p{Lu}[\p{L}\p{M}’'-]*){0,5})/gu;
// researchers of other work than the story's study: "another study", "previous research"
const OTHER_WORK = /\b(?:another|other|separate|earlier|previous|rival|similar) (?:researchers|scientists|team|teams|study|studies|research|trial|trials|group)\b/;
// "The team found", "The researchers said", "The Leeds team plans": the pointer, with a word of the institution between
const TEAM_POINTER = /(?<![\p{L}\p{M}-])([Tt]he) (?:(\p{Lu}[\p{L}\p{M}’'-]*) )?(team|researchers|scientists)(?![\p{L}\p{M}’'-])/u;

// "the study's lead author, Dr Ingrid Solheim-Aas": group 1 the author's name
const AUTHOR_AFTER = /\bthe study[’']s (?:lead|senior|first) author,? (?:(?:Dr|Prof|Professor)\.? )?((?:\p{Lu}[\p{L}\p{M}’'-]+ ){0,2}\p{Lu}[\p{L}\p{M}’'-]+)/gu;
// "Dr. Selamawit Bekele, an associate professor of epidemiology at Lakeshore and the study's lead author": group 1 the surname
const AUTHOR_BEFORE = /(\p{Lu}[\p{L}\p{M}’'-]+),(?:[^.;“”"]|\.(?=\s\p{Ll}))*?\bthe study[’']s (?:lead|senior|first) author\b/gu;

/** The surnames of the study's lead, senior or first authors that `text` names (`AUTHOR_AFTER`, `AUTHOR_BEFORE`). */
function leadAuthors(text: string): Set<string> {
	return new Set([...[...text.matchAll(AUTHOR_AFTER)].map((m) => m[1].split(' ').at(-1)!), ...[...text.matchAll(AUTHOR_BEFORE)].map((m) => m[1])]);
}

const INSTITUTION = new WeakMap<Article, { name: string; first: number } | null>();

/**
 * The one institution whose researchers a science story tells of ("Researchers at the University
 * of Leeds followed 1,240 people ...": a fresh user's nap study lost "The team found that 38
 * percent ..." and "The Leeds team plans to start ..." to R4), with the first sentence that names
 * them: null where the article names none, two, a scientist's group (`GROUP`) or tells of other
 * work (`OTHER_WORK`).
 */
function institutionOf(article: Article, sentences: readonly Sentence[]): { name: string; first: number } | null {
	const known = INSTITUTION.get(article);
	if (known !== undefined) return known;
	// "scientists at Seoul National University Bundang Hospital and Yonsei University", "the London School of
	// Hygiene & Tropical Medicine and ...": a name that runs on past "and" or "&" is two institutions or one cut short
	const found = sentences.flatMap((s) => [...s.text.matchAll(AT_INSTITUTION)].map((m) => ({ name: /^\s(?:&|and)\s(?:the\s)?\p{Lu}/u.test(s.text.slice(m.index + m[0].length)) ? '' : m[1].replace(/^the /, ''), first: s.index })));
	const text = sentences.map((s) => s.text).join('\n');
	// a scientist's own group ("Paganini and his colleagues") is who "the researchers" are, whatever `groupOf` makes of it,
	// unless the scientist is the study's lead author, whose colleagues are the institution's researchers ("Researchers at the
	// Vestland Institute ... said the study's lead author, Dr Ingrid Solheim-Aas ... Dr Solheim-Aas and her colleagues": a dev144
	// hearing study lost "The researchers now plan a trial in 1,500 people" to R4)
	const authors = leadAuthors(text);
	const groupsOwn = [...text.matchAll(GROUP)].every((m) => authors.has(m[1].split(' ').at(-1)!));
	const one = found.length > 0 && new Set(found.map((f) => f.name)).size === 1 && found[0].name !== '' && !OTHER_WORK.test(text) && groupsOwn ? found[0] : null;
	INSTITUTION.set(article, one);
	return one;
}

/**
 * The one institution whose researchers `article` tells of (`institutionOf`: "scientists at Lakeshore
 * University School of Public Health"), as its name ("Lakeshore University School of Public Health",
 * no leading "the") and the index of the first sentence that names it; undefined where none, two,
 * a scientist's group or other work is told of. Read once per article.
 */
export function researchInstitution(article: Article, sentences: readonly Sentence[]): { name: string; first: number } | undefined {
	return institutionOf(article, sentences) ?? undefined;
}

/**
 * `stem` with "The team" or "the researchers" written as the one institution's team
 * (`institutionOf`): "The team found that ..." → "The University of Leeds team found that ...";
 * "The Leeds team" keeps its own word where it is one of the institution's name. Only after the
 * sentence that names the institution, outside quotes, and where no scientist's group
 * (`groupOf`) is written instead. Unchanged otherwise.
 */
function nameInstitutionTeam(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	const m = TEAM_POINTER.exec(stem);
	if (!m || quotedAt(stem, m.index)) return stem;
	const institution = institutionOf(article, sentences);
	if (!institution || institution.first >= sentence.index || containsWord(stem, institution.name)) return stem;
	if (m[2] && !institution.name.split(' ').includes(m[2])) return stem;
	return `${stem.slice(0, m.index)}${m[1]} ${institution.name} ${m[3]}${stem.slice(m.index + m[0].length)}`;
}

/**
 * `stem` with "the researchers" (or "the scientists", "the study's authors") outside a quote
 * written as the one group `groupOf` finds, once `sentence` comes after the sentence that names
 * it; else "The team" or "the researchers" as the one institution's (`nameInstitutionTeam`).
 * Unchanged where the stem names the scientist already, or no one group fits.
 */
export function nameResearchTeam(article: Article, sentences: readonly Sentence[], sentence: Sentence, stem: string): string {
	if (!/(?<![\p{L}\p{M}-])[Tt]he (?:\p{Lu}[\p{L}\p{M}’'-]* )?(?:researchers|scientists|study[’']s authors|team)\b/u.test(stem)) return stem;
	const group = groupOf(article, sentences);
	if (!group) return nameInstitutionTeam(article, sentences, sentence, stem);
	if (group.first >= sentence.index || containsWord(stem, group.surname)) return stem;
	let done = false;
	// the name opens with a capital wherever it stands; a second "the researchers" in the stem reads as the first
	return stem.replace(POINTER, (whole: string, at: number) => {
		if (done || quotedAt(stem, at)) return whole;
		done = true;
		return group.written;
	});
}

/** A written item with its stems passed through `nameResearchTeam`. */
export function nameResearchTeamIn<W extends { stem: string; falseStem?: string }>(article: Article, sentences: readonly Sentence[], sentence: Sentence, written: W): W {
	const write = (stem: string) => nameResearchTeam(article, sentences, sentence, stem);
	return { ...written, stem: write(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: write(written.falseStem) }) };
}
