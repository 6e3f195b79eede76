import type { Fact } from './facts';
import type { Article, Sentence } from './types';
import { blankQuotes, containsWord, withPossessive } from './words';
import { bodyLines } from './article';

/**
 * Unnamed people of a police or court story (QUALITY.md R4): "Two men entered a shop on Bodmin
 * Road ..." introduces a group the article never names, so a later "The pair left with ..." is
 * asked as "The two men who entered <the shop> left with ...", and "The second man is thought
 * to be ..." as "The second of the two men who entered <the shop> is thought to be ...". The
 * description is the article's own words; nothing is written when the group cannot be told
 * apart (two such groups, or a group the article names).
 */

/** What the rule reads of an article's generation context. */
export interface UnnamedSource {
	article: Article;
	sentences: Sentence[];
	facts: Fact[][];
}

const COUNT_WORDS: Record<string, string> = { two: 'two', three: 'three', four: 'four' };
// "Two men entered Hillside Stores", "Three masked men broke into a house in Leeds"
const GROUP = /(?:^|[.!?]\s+|\n)(Two|Three|Four) ((?:masked |armed |young )?(?:men|women|people|teenagers|boys|girls|youths)) ((?:\p{Ll}+ed|entered|stole|broke|fled|ran|took|threw|held|forced|burst|went|came|attacked|robbed|approached|stopped|got)\b[^,.;:!?–—"“”]*)/gu;
// "he was approached by two men who demanded ...": a group a relative clause introduces inside a sentence
const GROUP_WHO = /\b(two|three|four) ((?:masked |armed |young )?(?:men|women|teenagers|boys|girls|youths)) who ((?:\p{Ll}+ed|stole|broke|fled|ran|took|threw|held|forced|burst|went|came|attacked|robbed|approached|stopped|got)\b[^,.;:!?–—"“”]*)/giu;
// the verb phrase ends where the time, the manner or another clause begins
const PHRASE_END = /\s(?:at|on|during|after|before|when|while|and|but|as|shortly|about|around|just|late|early|last|yesterday|today)\b/;
// "The pair", "The two men", "The men", "Both men", "The first suspect", "The second man"
const POINTER = /^(?:The (?:pair|duo|two (?:men|women)|men|women|suspects|robbers|attackers)|Both (?:men|women))(?= \p{Ll})|^The (first|second|third|other) (?:suspect|man|woman|robber|attacker)(?=,? \p{Ll})/u;

/**
 * "the victim" when the article tells of one victim only; undefined when it never says "victim"
 * or may mean several ("victims", "a second victim", "both victims"). The R4 check still asks
 * the headline to tell of the one attack ("the victim" of what?).
 */
export function oneVictim(article: Article): string | undefined {
	const text = [article.title, ...article.paragraphs].join('\n');
	if (!/\bvictim\b/i.test(text) || /\bvictims\b|\b(?:second|another|other|first|third|two|both|each|one) victim\b|\bvictim['’]s family\b/i.test(text)) return undefined;
	return 'the victim';
}

/** The group the article introduces before `sentence`, as "two men who entered Hillside Stores"; undefined when none or several. */
function introducedGroup(source: UnnamedSource, sentence: Sentence): { count: string; noun: string; phrase: string } | undefined {
	const before = source.sentences.slice(0, sentence.index).map((s) => s.text);
	const found: { count: string; noun: string; phrase: string }[] = [];
	before.forEach((text, i) => {
		for (const m of [...`\n${text}`.matchAll(GROUP), ...text.matchAll(GROUP_WHO)]) {
			// a group the sentence names ("Two men, John Smith and ...") is no unnamed one
			if ((source.facts[i] ?? []).some((f) => f.type === 'person')) return;
			const end = PHRASE_END.exec(m[3]);
			let verb = (end ? m[3].slice(0, end.index) : m[3]).trim();
			// "who demanded his phone": the one victim's phone, said as the article says who that is
			if (/\b(?:him|her|them|their|its|it|they|he|she)\b/.test(verb)) return;
			if (/\bhis\b/.test(verb)) {
				const victim = oneVictim(source.article);
				if (!victim) return;
				verb = verb.replace(/\bhis\b/g, withPossessive(victim, "'s"));
			}
			// "Two men were" or a verb with nothing after it says too little to tell them apart
			if (!/\s/.test(verb) || /^(?:were|are|had|have)\b/.test(verb)) return;
			found.push({ count: COUNT_WORDS[m[1].toLowerCase()], noun: m[2], phrase: `${COUNT_WORDS[m[1].toLowerCase()]} ${m[2]} who ${verb}` });
		}
	});
	return found.length === 1 ? found[0] : undefined;
}

/**
 * A clause that opens on a pointer to the one unnamed group ("The pair", "The second man"),
 * written from the article's own words; returns how many characters of `text` to replace and
 * the words to put there, or undefined when it opens on no such pointer or no group fits
 * (the article introduces none, several, names it, or the pointer's noun is not the group's:
 * "The two women" after "Two men").
 */
export function unnamedGroupOpening(source: UnnamedSource, sentence: Sentence, text: string): { length: number; phrase: string } | undefined {
	const m = POINTER.exec(text);
	if (!m) return undefined;
	const group = introducedGroup(source, sentence);
	if (!group) return undefined;
	const nouns = m[0].match(/\b(men|women)\b/)?.[1];
	if (nouns && !group.noun.endsWith(nouns)) return undefined;
	if (/\b(?:man|woman)\b/.test(m[0]) && !group.noun.endsWith(m[0].includes('woman') ? 'women' : 'men')) return undefined;
	if (/^(?:The (?:pair|duo|two)|Both)\b/.test(m[0]) && group.count !== 'two') return undefined;
	// "The third man" of two men is someone else
	if (m[1] === 'third' && group.count === 'two') return undefined;
	if (m[1] === 'other' && group.count !== 'two') return undefined;
	const phrase = m[1] ? `The ${m[1] === 'other' ? 'other' : m[1]} of the ${group.phrase}` : `The ${group.phrase}`;
	return { length: m[0].length, phrase };
}

/** The gender of the article's one victim, from "The victim, a 41-year-old man ..."; undefined when it never says. */
function victimGender(article: Article): 'male' | 'female' | undefined {
	const m = /\b[Tt]he victim, an? (?:[\p{L}\d-]+ ){0,2}?(man|boy|woman|girl)\b/u.exec(bodyLines(article));
	return m ? (/^(?:man|boy)$/.test(m[1]) ? 'male' : 'female') : undefined;
}

/**
 * Does a stem's opening, as `unnamedGroupOpening` writes it, say whom a later pronoun of
 * `gender` means (QUALITY.md R4)? "The second of the two men who ... is described as black, in
 * his late teens": the one man the stem opens on; "The two men who demanded the victim's phone
 * then kicked him": the group is "they", so "him" is the one victim the stem names, when the
 * article says the victim is of that gender. `before` is the stem up to the pronoun.
 */
export function unnamedReferent(article: Article, before: string, gender: 'male' | 'female'): boolean {
	const one = /^The (?:first|second|third|other) of the (?:two|three|four) (men|women) who\b/.exec(before);
	if (one) return (one[1] === 'men') === (gender === 'male');
	if (!/^The (?:two|three|four) (?:men|women) who [^,.;]*\bthe victim's\b/.test(before)) return false;
	return oneVictim(article) !== undefined && victimGender(article) === gender;
}

// "Both men", "each man", "the two women", "the pair": persons of the story counted, not named; "The two men who
// entered Hillside Stores" (`unnamedGroupOpening`), "the pair, Odom and Delgado-Reyes," and "The four men arrested on
// suspicion of running a phone fraud ring" (court-referents.ts) say who they are
const COUNTED_PERSONS = /(?<![\p{L}\p{M}’'-])(?:[Bb]oth (?:men|women|boys|girls|brothers|sisters|suspects|inmates|victims)|[Ee]ach (?:man|woman|boy|girl|suspect|inmate)|[Tt]he (?:two|three|four) (?:men|women|boys|girls|suspects|inmates|escapees)|[Tt]he (?:pair|duo))(?![\p{L}\p{M}’'-])(?!,? (?:who\b|\p{Lu}|(?:arrested|charged|detained) (?:in connection with|on suspicion of|over)\b))/u;

/**
 * The phrase of a stem that counts persons of the story it never names ("Both men should be
 * considered dangerous", "the arrest of each man": the two escaped inmates, whom the holdout69
 * reader could not tell; QUALITY.md R4), as written; undefined when there is none, or when the
 * stem names two of the article's persons (`surnames`) before it ("Odom and Delgado-Reyes ...
 * both men"). Quotes are left out.
 */
export function countedPersons(stem: string, surnames: readonly string[]): string | undefined {
	const text = blankQuotes(stem);
	const m = COUNTED_PERSONS.exec(text);
	if (!m) return undefined;
	const before = text.slice(0, m.index);
	return surnames.filter((s) => containsWord(before, s)).length >= 2 ? undefined : m[0];
}
