import type { Fact } from './facts';
import type { Article, Sentence } from './types';
import { kinGender } from './speakers';
import { apostropheOf } from './anchors';
import { bodyLines } from './article';
import { containsWord, escapeRe, withPossessive } from './words';

/**
 * The one person an obituary is about (QUALITY.md R4, R7). An obituary names its subject in the
 * headline and once in the lead ("X, the potter who ..., has died. She was 89."), and from then
 * on writes "she", "her" or a short form of the name. Where the fact reader knows neither the
 * first name nor the family name ("Eufemia Sánchez Regalado"), the subject is no person at all,
 * and every pronoun of the article is left unresolved, so a 500-word obituary gave one item; a
 * first name the lexicon lacks leaves the subject without a gender, with the same effect. Here
 * the subject is read from the headline and the lead, filed as a person with the gender the
 * pronoun right after the lead gives, and the rest is left to the pronoun resolvers of generate.ts.
 */

/** The obituary's subject as generate.ts files it: the surname persons are filed under, the name as the headline writes it, and the gender. */
export interface ObituarySubject {
	surname: string;
	full: string;
	gender: 'male' | 'female';
}

// a capitalised word of a name, and the particles a name may hold between them ("Maria do Céu Lobato")
const WORD = String.raw`\p{Lu}[\p{L}\p{M}’'-]+`;
const PARTICLE = String.raw`(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|bin|ibn|al)`;
const NAME = String.raw`${WORD}(?: (?:${PARTICLE} )*${WORD}){1,3}`;
// a nickname in quotes inside a headline's name: 'Adebayo "Baba Ara" Oyelaran obituary'
const NICKNAME = String.raw`["“‘'][^"“”‘’']{1,30}["”’']`;
const HEADLINE_NAME = String.raw`${WORD}(?: (?:${NICKNAME} )?(?:${PARTICLE} )*${WORD}){1,3}`;
// "X, Oaxacan master of black clay, dies at 89", "X dies aged 87", "X, who ..., has died"; "X obituary" and
// "Obituary: X", as the Guardian and the BBC head every obituary, name the dead without the verb
const TITLE = new RegExp(String.raw`^(?:(${HEADLINE_NAME})(?:,[^,]+,)? (?:dies|died|has died)\b|(${HEADLINE_NAME}) obituary$|Obituary: (${HEADLINE_NAME})$)`, 'u');
// the lead says the death: "has died", "died on Sunday", "dies at 89"
const LEAD_DEATH = /\b(?:has died|died|dies)\b/;
// the sentence after the lead that opens on the subject's pronoun: "She was 89.", "Her family said ..."
const OPENING_PRONOUN = /^(She|Her|He|His) /;
// a pronoun of a person further into the sentence: "With his band ... he recorded"
const INNER_PRONOUN = /\b(she|her|he|his|him)\b/i;

/**
 * The subject of an obituary, filed into `facts` as a person where the fact reader missed them.
 * Takes the headline, the sentences and their typed facts (changed in place: a person fact is
 * added for each mention of the full name and of the short form the body uses alone, "Sánchez
 * Regalado", where no fact covers it). Returns the surname and gender, or undefined where the
 * headline names no one who "dies" (nor is a name and "obituary", or "Obituary:" and a name; a nickname in quotes
 * inside it, 'Adebayo "Baba Ara" Oyelaran obituary', is left out of the name and is no one else), the lead sentence (the first that writes the name) does not
 * say the death, or the first of the next two sentences to open on a pronoun opens on none,
 * names someone first, or the sentences between them name anyone else before a pronoun of theirs
 * (which gives the gender as an opening one does): no sure gender, nothing filed.
 */
export function obituarySubject(title: string, sentences: readonly Sentence[], facts: Fact[][]): ObituarySubject | undefined {
	const headline = TITLE.exec(title.trim());
	const written = headline?.[1] ?? headline?.[2] ?? headline?.[3];
	if (!written) return undefined;
	// the body writes the name without the headline's nickname, and the nickname alone is no one else
	const nickname = new RegExp(String.raw` ${NICKNAME}`, 'u').exec(written)?.[0].slice(2, -1);
	const headlineName = nickname ? written.replace(new RegExp(String.raw` ${NICKNAME}`, 'u'), '') : written;
	const lead = sentences.findIndex((s) => s.text.includes(headlineName));
	if (lead < 0 || lead > 2 || !LEAD_DEATH.test(sentences[lead].text)) return undefined;
	const name = givenNameOf(sentences[lead].text, headlineName) ?? headlineName;
	const at = sentences[lead].text.indexOf(name);
	// a name the fact reader filed already keeps its surname ("Zdenka Horáková" under "Horáková")
	const filed = facts[lead].find((f) => f.type === 'person' && f.surname && f.span.start <= at && at + name.length <= f.span.end + 1);
	let gender: 'male' | 'female' | undefined;
	for (let i = lead + 1; i <= lead + 2 && i < sentences.length; i++) {
		const m = OPENING_PRONOUN.exec(sentences[i].text);
		// "Her daughter, Ana Ruiz, said ...": the pronoun opens the sentence before any name, so it is the lead's
		if (m) {
			gender = m[1] === 'She' || m[1] === 'Her' ? 'female' : 'male';
			break;
		}
		// "With her band the Lagos Stars she recorded ... songs such as Ada Ada": a pronoun before any name the sentence
		// writes can only be the lead's, whatever the names after it are (song titles read as persons, holdout131)
		const first = Math.min(...facts[i].filter((f) => f.type === 'person' && f.text !== nickname).map((f) => f.span.start));
		const own = INNER_PRONOUN.exec(sentences[i].text.slice(0, first).replace(/“[^”]*”|"[^"]*"/g, ' '))?.[1].toLowerCase();
		if (own) {
			gender = own === 'she' || own === 'her' ? 'female' : 'male';
			break;
		}
		if (facts[i].some((f) => f.type === 'person' && f.text !== nickname)) return undefined;
	}
	if (!gender) return undefined;
	// the short form: the longest tail of the name (without its first word) the body writes on its own
	const words = name.split(' ');
	const body = sentences.slice(lead + 1).map((s) => s.text);
	const tails = words.slice(1).map((_, k) => words.slice(k + 1).join(' ')).filter((t) => /^\p{Lu}/u.test(t));
	// "da Silva was the fifth of nine children", "Da Silva is survived by": a particle the name writes before the tail goes with it, never
	// the end of another's name ("his daughter, Conceição Aparecida da Silva")
	const particle = (t: string) => new RegExp(String.raw`(?:^|\s)(${PARTICLE}) ${escapeRe(t)}$`, 'u').exec(name)?.[1];
	const alone = (t: string) => {
		const p = particle(t);
		const before = p ? String.raw`(?:[${p[0]}${p[0].toUpperCase()}]${escapeRe(p.slice(1))} )?` : '';
		return new RegExp(String.raw`(?<![\p{L}\p{M}’'-])(?<!\p{Lu}[\p{L}\p{M}’'-]*\s(?:${PARTICLE}\s)?)${before}${escapeRe(t)}(?![\p{L}\p{M}’'-])`, 'u');
	};
	// "Rosalía Méndez Ortiz ... Méndez returned": a given name and two family names, of which the body writes the first alone
	const paternal = words.length === 3 && /^\p{Lu}/u.test(words[1]) ? [words[1]] : [];
	// a name the fact reader filed keeps its surname, and its bare mentions are filed under it too: "Obiora was a
	// reluctant public figure" in the obituary of Chukwuemeka Obiora, whose father "Josiah Obiora" made the
	// surname one two full names share, which the fact reader types for no one alone (holdout116)
	const surname = filed?.surname ?? [...tails, ...paternal].find((t) => body.some((s) => alone(t).test(s))) ?? words.at(-1)!;
	sentences.forEach((s, i) => {
		for (const form of [name, surname]) {
			for (const m of s.text.matchAll(new RegExp(form === name ? escapeRe(name) : alone(form).source, 'gu'))) {
				const span = { start: m.index, end: m.index + m[0].length };
				// "da Silva" that the fact reader filed under itself is the subject's short form
				const same = facts[i].find((f) => f.type === 'person' && f.span.start === span.start && f.span.end === span.end);
				if (same) Object.assign(same, { surname, gender });
				if (facts[i].some((f) => f.span.start < span.end && span.start < f.span.end && f.type !== 'place')) continue;
				// "her native San Bartolo Coyotepec" read as a person inside the lead stays; a place fact over the name gives way
				facts[i] = facts[i].filter((f) => !(f.span.start < span.end && span.start < f.span.end));
				facts[i].push({ type: 'person', text: m[0], span, surname, gender });
				facts[i].sort((a, b) => a.span.start - b.span.start);
			}
		}
	});
	refileNamesakes(sentences, facts, name, surname);
	return { surname, full: name, gender };
}

/**
 * Files each other full name on the subject's surname ("Leopoldo Méndez, no relation" in the
 * obituary of Rosalía Méndez Ortiz, who is "Méndez" throughout) under that full name, so it is
 * a person of its own: in an obituary the bare surname is always the one who died, and a
 * namesake filed beside her made every "Méndez" a surname two people share, which no stem may
 * write bare (QUALITY.md R4), and gave her "her series" his name. A relative after a kinship
 * word ("her daughter, Xóchitl Ramírez Méndez") is left to `familyMembers` (family.ts). Takes
 * the sentences, their facts (changed in place), the subject's full name and surname.
 */
function refileNamesakes(sentences: readonly Sentence[], facts: Fact[][], full: string, surname: string): void {
	facts.forEach((list, i) => {
		for (const f of list) {
			if (f.type !== 'person' || f.surname !== surname || f.text === full || new RegExp(String.raw`^(?:${PARTICLE} )?${escapeRe(surname)}$`, 'iu').test(f.text)) continue;
			if (kinGender(sentences[i].text.slice(0, f.span.start)) === undefined) f.surname = f.text;
		}
	});
}

/**
 * The name the lead gives a subject whom the headline calls by a stage name or a nickname:
 * "Aurélio Conceição da Silva, the samba composer known across Brazil as Mestre Lelé, has died"
 * under "Mestre Lelé ... dies at 88" gives "Aurélio Conceição da Silva", the name whose short
 * form ("da Silva") the body writes; undefined where the lead says no "known ... as" of the
 * headline's name. Takes the lead sentence and the headline's name.
 */
function givenNameOf(lead: string, headlineName: string): string | undefined {
	return new RegExp(String.raw`(${NAME}), [^,.;]{0,60}?\bknown\b[^,.;]{0,30}? as ${escapeRe(headlineName)}(?![\p{L}\p{M}])`, 'u').exec(lead)?.[1];
}

/**
 * Gives the obituary's subject, filed in `persons` (by surname, changed in place), the gender
 * its pronouns give where the first name gave none, and the full name the headline writes where
 * the fact reader kept only its end ("Céu Lobato" of "Maria do Céu Lobato", a particle read as a
 * break): a stem that names her writes her name whole. Takes the subject and the persons.
 */
export function fileDeceased(subject: ObituarySubject, persons: Map<string, { full: string; gender?: 'male' | 'female' }>): void {
	const person = persons.get(subject.surname);
	if (!person) return;
	person.gender ??= subject.gender;
	if (subject.full.endsWith(` ${person.full}`)) person.full = subject.full;
}

/**
 * Does `text` open on the obituary subject's "She is survived by" / "He is survived by"? Only
 * the one who died is survived by anyone, so in an obituary the pronoun is its subject whoever
 * else the sentences before name (a publisher filed as a person of unknown gender left "She is
 * survived by her two daughters" unasked). Takes the subject and the clause's text.
 */
export function survivedBy(subject: ObituarySubject, text: string): boolean {
	const m = /^(She|He) is survived by\b/.exec(text);
	return m !== null && (m[1] === 'She') === (subject.gender === 'female');
}

// a participle a life story opens on before its subject: "Born in 1937 ..., the daughter of ..., Lobato began ..."
const LIFE_OPENER = String.raw`^(?:Born|Raised|Brought up|Educated|Trained|Orphaned|Adopted)\b[^.;:"“”]*?,\s`;

/**
 * Does the sentence open on a participial phrase about the person `surname` names, who is its
 * subject right after it ("Born in 1937 in the Alfama district, the daughter of a fishmonger,
 * Lobato began singing at 14")? A person noun in that phrase ("the daughter") is the subject's
 * own description, no other person a pronoun in the next sentence may mean. Takes the sentence
 * text and the surname.
 */
export function describedInOpener(text: string, surname: string): boolean {
	return new RegExp(String.raw`${LIFE_OPENER}(?:\p{Lu}[\p{L}\p{M}’'.-]*\s){0,3}${escapeRe(surname)}(?![\p{L}\p{M}’'-])`, 'u').test(text);
}

// a relative an obituary names with no owner: "A younger brother, Dimitris, lives in ...", "An elder sister died in 2001",
// "Two sons survive", "_____ daughters survive"; group 1 the article or count, 2 the kin noun and its qualifier ("of" after it says whose: "A son of a miner")
const KIN_OPENING = /^(A|An|_____|Two|Three|Four|Five|Six) ((?:(?:younger|elder|older|twin|half-|step|only|surviving|late) ?)?(?:brother|sister|son|daughter|grand(?:son|daughter|child)|nephew|niece|cousin|sibling|child)(?:ren|s)?)\b(?! of\b)/;

/**
 * Writes an obituary's subject into a stem that opens on a relative with no owner: "A younger
 * brother, Dimitris, lives in Thessaloniki" → "Eleni Papadakis's younger brother, Dimitris, lives
 * in Thessaloniki", "Two sons survive" → "Ana Reis's two sons survive". Read alone, "A younger
 * brother" says not whose (QUALITY.md R4; a dev175 reader's R4), though in the survivors'
 * paragraph of an obituary, where the body leaves the owner unsaid, he can only be the subject's.
 * Takes the subject (none: the stems as they are), the article (whose apostrophe the possessive
 * takes) and the written item; returns it with `stem` and `falseStem` rewritten where they open so
 * and name no one's surname already.
 */
export function nameObituaryKinIn<W extends { stem: string; falseStem?: string }>(subject: ObituarySubject | undefined, article: Article, written: W): W {
	if (!subject || !KIN_OPENING.test(written.stem) || containsWord(written.stem, subject.surname)) return written;
	const owner = withPossessive(subject.full, `${apostropheOf(article)}s`, bodyLines(article));
	const owned = (stem: string) =>
		stem.replace(KIN_OPENING, (_, opener: string, kin: string) => (/^An?$/.test(opener) ? `${owner} ${kin}` : `${owner} ${opener === '_____' ? opener : opener.toLowerCase()} ${kin}`));
	return { ...written, stem: owned(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: owned(written.falseStem) }) };
}

// the rites of a death: "A funeral will be held ...", "A memorial service is planned ..."
const RITES_OPENING = /^(?:A|The)( private| public| state| family)? (funeral|memorial service|requiem mass|requiem|service of thanksgiving|wake|burial|cremation)\b/;

/**
 * Writes an obituary's subject into a stem that opens on the rites of a death: "A funeral will
 * be held at the Church of St Catherine ... on Friday" → "Zofia Wąsik's funeral will be held
 * ...". Read alone, "A funeral" says not whose (QUALITY.md R4; the holdout136 reader's R4), though
 * in an obituary it can only be the subject's. Takes the subject (none: the stems as they are),
 * the article (whose apostrophe the possessive takes) and the written item; returns it
 * with `stem` and `falseStem` rewritten where they open so.
 */
export function nameObituaryRitesIn<W extends { stem: string; falseStem?: string }>(subject: ObituarySubject | undefined, article: Article, written: W): W {
	// "..., the family said" is written as the subject's family instead (generate.ts), which names the subject once
	if (!subject || !RITES_OPENING.test(written.stem) || /\bthe family said\b/.test(written.stem)) return written;
	// "A funeral will be held ..., at which choirs Ann Reid led will sing" names whose already, and the possessive
	// would write the name twice in one stem (a dev157s reader's R1)
	if (containsWord(written.stem, subject.surname)) return written;
	const apostrophe = `${apostropheOf(article)}s`;
	const owned = (stem: string) => stem.replace(RITES_OPENING, (_, kind: string | undefined, rite: string) => `${withPossessive(subject.full, apostrophe, bodyLines(article))}${kind ?? ''} ${rite}`);
	return { ...written, stem: owned(written.stem), ...(written.falseStem === undefined ? {} : { falseStem: owned(written.falseStem) }) };
}
