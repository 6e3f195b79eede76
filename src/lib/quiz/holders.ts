import type { Fact } from './facts';

/**
 * Figures the article gives one holder twice: "Zawadzki took 53.8% of the vote" in the run-off
 * and "Zawadzki's 35.1%" in the first round. A stem that asks one of them and says nothing that
 * tells them apart has two defensible answers (QUALITY.md R3), so the item is refused.
 */

/** Where a clause turns to another holder or another figure: a figure never belongs to a name across it. */
const CLAUSE_TURN = /;|\s[–—]\s|,\s(?:and|but|while|whereas)\s|\s(?:against|versus|compared (?:with|to)|ahead of|behind|to)\s/;

/**
 * What a figure measures, from the words after it: "53.8% of the vote" → "of vote", "19 goals"
 * → "goals", "1,600 miles of natural gas lines" → "miles of natural gas lines"; undefined when
 * nothing after it says ("to Zawadzki's 35.1%.").
 */
function measureOf(text: string, fact: Fact): string | undefined {
	const after = text.slice(fact.span.end).replace(/^\s?(?:%|per ?cent|percent)/, '');
	const noun = fact.noun?.toLowerCase() ?? '';
	const rest = noun && after.toLowerCase().startsWith(` ${noun}`) ? after.slice(noun.length + 1) : after;
	const of = /^\s(?:of|in)\s(?:the\s|all\s|his\s|her\s|its\s|their\s)?((?:[\p{L}-]+)(?:\s(?!(?:and|or|to|for|with|in|on|at|by|from|as|than|since|was|were|is|are|had|has|have)\b)[\p{L}-]+){0,2})/u.exec(rest)?.[1].toLowerCase();
	const measure = [noun, of && `of ${of}`].filter(Boolean).join(' ');
	return measure || undefined;
}

/** The key a holder is known by: a person's name as written, an organisation's name (lower-case). */
function holderKey(f: Fact): string | undefined {
	if (f.type === 'person') return f.surname && f.text;
	return f.type === 'organisation' ? f.text.toLowerCase() : undefined;
}

/**
 * Are two holders one: the same organisation, or people of one surname whom no two first names
 * tell apart ("Zawadzki's" is "Marek Zawadzki"; "Liam Whitworth" is not "Dean Whitworth").
 */
function sameHolder(a: string, b: string): boolean {
	if (a === b) return true;
	const [x, y] = [a.split(' '), b.split(' ')];
	return x.at(-1) === y.at(-1) && (x.length === 1 || y.length === 1) && /^\p{Lu}/u.test(a);
}

/**
 * The person or organisation a figure belongs to, in the sentence `text` with its `facts`:
 * one it is written for ("46.2% for Agnieszka Wróblewska-Nowak"), one whose possessive it
 * follows ("Zawadzki's 35.1%"), else the nearest one before it in the same clause with no other
 * figure of its type between ("Marek Zawadzki, a former police commander, took 53.8%").
 * Undefined when none.
 */
export function holderOf(text: string, fact: Fact, facts: readonly Fact[]): string | undefined {
	const holders = facts.filter((f) => holderKey(f) !== undefined);
	const forName = /^(?:\s?(?:%|per ?cent|percent))?(?:\s(?:of|in)\s(?:the\s)?[\p{L}-]+)?\sfor\s(?:the\s)?/u.exec(text.slice(fact.span.end));
	if (forName) {
		const named = holders.find((f) => f.span.start === fact.span.end + forName[0].length);
		if (named) return holderKey(named);
	}
	const owner = holders.find((f) => /^[’']s?\s$/.test(text.slice(f.span.end, fact.span.start)));
	if (owner) return holderKey(owner);
	const before = holders.filter((f) => f.span.end <= fact.span.start).pop();
	if (!before) return undefined;
	const between = text.slice(before.span.end, fact.span.start);
	if (CLAUSE_TURN.test(between) || facts.some((f) => f !== fact && f.type === fact.type && f.span.start >= before.span.end && f.span.end <= fact.span.start)) return undefined;
	return holderKey(before);
}

/** Words that set a figure in one round, period or part of a contest ("in the run-off", "in 2019", "last year"). */
const SCOPE = /\b(?:run-?off|(?:first|second|final|opening) (?:round|half|quarter|leg|innings)|round|final|semi-finals?|last (?:year|season|month|week)|this (?:year|season)|previous|earlier|(?:19|20)\d\d)\b/gi;

/**
 * Does the article give the holder of `fact` (the key, in sentence `at`) another figure of the
 * same kind and measure that `stem` does not rule out? `sentences` are the article's sentence
 * texts and `facts` their facts, by index. A figure is ruled out when the two measure different
 * things ("of the vote" / "of the seats") or the stem sets the key in a round or period
 * (`SCOPE`) that the other figure's sentence does not name.
 */
export function rivalFigure(sentences: readonly string[], facts: readonly Fact[][], at: number, fact: Fact, stem: string): boolean {
	if (fact.value === undefined || !['percent', 'count', 'money'].includes(fact.type)) return false;
	const holder = holderOf(sentences[at], fact, facts[at]);
	if (!holder) return false;
	const measure = measureOf(sentences[at], fact);
	const scopes = [...stem.matchAll(SCOPE)].map((m) => m[0].toLowerCase());
	return facts.some((list, i) =>
		list.some((other) => {
			if (other === fact || other.type !== fact.type || other.value === undefined || other.unit !== fact.unit) return false;
			// "£22m" and "£22,450,772" are one figure, rounded
			if (Math.abs(other.value - fact.value!) <= 0.05 * Math.max(Math.abs(other.value), Math.abs(fact.value!))) return false;
			const owner = holderOf(sentences[i], other, list);
			if (!owner || !sameHolder(owner, holder)) return false;
			const otherMeasure = measureOf(sentences[i], other);
			if (measure && otherMeasure && measure !== otherMeasure) return false;
			return !scopes.some((s) => !sentences[i].toLowerCase().includes(s));
		})
	);
}
