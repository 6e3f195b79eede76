import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { simplify } from '../../src/lib/quiz/simplify';
import { extractFacts } from '../../src/lib/quiz/facts';
import type { Item } from '../../src/lib/quiz/types';

/** The clauses simplify derives from a sentence, as "[kind] text". */
function clauses(sentence: string): string[] {
	return simplify(sentence, extractFacts(sentence)).map((c) => `[${c.kind}] ${c.text}`);
}

/** Builds an article from sentences, each its own paragraph, padded past the 50-word minimum. */
function quizOf(title: string, paragraphs: string[]): Item[] {
	const filler = [
		'Officials in Leeds reviewed the budget for the coming year in a long meeting.',
		'Local residents attended the session and asked questions about the new library.',
		'The council said 340 people had signed a petition to keep the old reading room open in Leeds.'
	];
	return generateWithReport(parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`), { seed: 1, maxItems: 15 }).quiz.items;
}

describe('clauses spun off a sentence (clauses.ts)', () => {
	it('states a "who" clause on a person as a clause of its own', () => {
		expect(clauses('Ms Kowalski, who was finance director of the Baltic Shipping Company until 2019, founded a bakery chain three years ago.')).toContain(
			'[aside] Ms Kowalski was finance director of the Baltic Shipping Company until 2019'
		);
	});

	it('keeps the role written before the name, which a "who" clause may leave as its object ("who took over in 2023")', () => {
		expect(clauses('Chief Executive Marta Lindqvist, who took over in 2021, said the board backed the sale.')).toContain(
			'[aside] Chief Executive Marta Lindqvist took over in 2021'
		);
		expect(clauses('The league said head coach Ivo Brandt, who joined in 2019, would stay.')).toContain('[aside] Head coach Ivo Brandt joined in 2019');
	});

	it('states a "which" clause on a name that opens the sentence, through commas inside it, up to the main verb', () => {
		expect(clauses('Norvale, which is based in Denver, Colorado, and reported revenue of $12.4 billion last year, said it would appeal against the ruling.')).toContain(
			'[aside] Norvale is based in Denver, Colorado, and reported revenue of $12.4 billion last year'
		);
	});

	it('states no "which" clause on the tail of a name ("the Song of the Lark Tour" is never "the Lark Tour")', () => {
		const texts = clauses('The Song of the Lark Tour, which ended in May 2024, took more than $200m across 90 shows.');
		expect(texts.some((t) => /^\[aside\] The Lark Tour/.test(t))).toBe(false);
	});

	it('states a "which" clause on a name that opens a reported clause, up to the reported verb', () => {
		expect(clauses('The regulator said Norvale, which rents out computing power from data centres in 11 countries, had broken the rules for two years.')).toContain(
			'[aside] Norvale rents out computing power from data centres in 11 countries'
		);
	});

	it('states a trailing "which" clause on the "the ..." phrase before it, when a name is in the phrase', () => {
		expect(clauses('That put it well behind the opposition Unity alliance of former mayor Tomas Berg, which won 18.3% and 41 seats.')).toContain(
			'[aside] The opposition Unity alliance of former mayor Tomas Berg won 18.3% and 41 seats'
		);
		// "the retail business" names nothing by itself
		expect(clauses('Analysts said growth in the retail business, which sells software to grocers such as Aldi, had been slow.').filter((c) => c.startsWith('[aside]'))).toEqual([]);
	});

	it('ends a relative clause at the dash that closes its aside, and states none for an object relative', () => {
		expect(clauses('Rangers are studying a link between the drought – and the threat to the ancient Great Oak, which may be 900 years old – and the fall in bird numbers.')).toContain(
			'[aside] The ancient Great Oak may be 900 years old'
		);
		expect(clauses('The Harlow Fund, which she founded in 2015, gave 40 grants last year.').filter((c) => c.startsWith('[aside]'))).toEqual([]);
	});

	it('states a leading "After <gerund> ..." clause in the past tense on the main clause’s subject', () => {
		expect(clauses('After finishing a degree at the University of Leeds in 1981, she spent the next ten years working in Peru.')).toContain(
			'[subordinate] She finished a degree at the University of Leeds in 1981'
		);
		// the council has not yet done it: a main clause in the future gives no past statement
		expect(clauses('After completing the repairs in 2025, the council will reopen the bridge to traffic.').filter((c) => c.startsWith('[subordinate]'))).toEqual([]);
	});

	it('drops a leading gerund clause from the main clause unless the main clause counts from it', () => {
		expect(clauses('After working as a deputy minister under the Hale government, Tom Ward became home secretary in 1964.')).toContain('[main] Tom Ward became home secretary in 1964');
		expect(clauses('After finishing a degree at the University of Leeds in 1981, she spent the next ten years working in Peru.')[0]).toMatch(/^\[main\] After finishing/);
	});

	it('states an appositive of a person with the tense of the clause around it', () => {
		expect(clauses('Dr. Okoro, a consultant surgeon at St Mary’s Hospital, was cycling to work.')).toContain('[aside] Dr. Okoro was a consultant surgeon at St Mary’s Hospital');
		expect(clauses('"The numbers are clear," said Maria Lopez, director of a research institute in Lima.')).toContain('[aside] Maria Lopez is director of a research institute in Lima');
	});

	it('states in the perfect an appositive that says how long the role has lasted', () => {
		expect(clauses('"We were never told," said Tomasz Wrona, a porter at Riverside Infirmary for 22 years.')).toContain('[aside] Tomasz Wrona has been a porter at Riverside Infirmary for 22 years');
		expect(clauses('Ines Marlow, head of the village choir since 2004, said the hall would close.')).toContain('[aside] Ines Marlow has been head of the village choir since 2004');
		expect(clauses('Dr. Okoro, a surgeon at St Mary’s Hospital for more than a decade, was cycling to work.')).toContain('[aside] Dr. Okoro had been a surgeon at St Mary’s Hospital for more than a decade');
	});

	it('ends a "which" clause inside the subject only at the main verb, and one after it before ", when"', () => {
		expect(clauses('Harbour Gas, which maintains 2,100 miles of mains in and around Leeds, records about 300 leaks in a typical month.').filter((c) => c.startsWith('[aside]'))).toEqual([]);
		expect(clauses('The Greens are expected to lead in the Landtag, the Hessian state parliament, which has 137 members, when all seats are allocated.')).toContain(
			'[aside] The Hessian state parliament has 137 members'
		);
	});

	it('states each of two clauses joined by ", while" with a subject of its own', () => {
		const out = clauses('The Farmers party came third with 11.2% and 28 seats, while the Social Liberals scraped back into parliament with 5.1% and 12 seats.');
		expect(out).toContain('[main] The Farmers party came third with 11.2% and 28 seats');
		expect(out).toContain('[aside] The Social Liberals scraped back into parliament with 5.1% and 12 seats');
	});

	it('states no second clause that counts from the first or opens on a bare number', () => {
		const later = clauses('Substitute Tom Kerr pulled one back in the 57th minute, and Ian Ward’s penalty eight minutes later levelled the scores.');
		expect(later).toContain('[main] Substitute Tom Kerr pulled one back in the 57th minute');
		expect(later.some((c) => c.startsWith('[aside]'))).toBe(false);
		const count = clauses('Around 12,000 people remained in shelters, many of them schools and churches, and about 1.1 million had been affected in some way.');
		expect(count).toContain('[main] Around 12,000 people remained in shelters');
		expect(count.some((c) => /of them|^\[aside\] About/.test(c))).toBe(false);
		const towns = clauses('The chain has about 1,480 shops, most of them in towns of fewer than 30,000 people, and employs roughly 22,000 staff.');
		expect(towns).toContain('[main] The chain has about 1,480 shops and employs roughly 22,000 staff');
		expect(towns.some((c) => /shops 000|\b000 people/.test(c))).toBe(false);
	});

	it('states a sentence opening on a role set off by commas on the name alone', () => {
		expect(clauses('Its leader, Jan Kral, has called for a referendum on leaving the EU and for an end to aid to Moldova.')).toContain(
			'[main] Jan Kral has called for a referendum on leaving the EU and for an end to aid to Moldova'
		);
	});

	it('states the second of two verb phrases that repeat their auxiliary on the shared subject', () => {
		expect(clauses('Prosecutor Jane Hill said data showed he had been scrolling through an app for "most of a minute" before the crash, and had unlocked the phone 12 times during the journey.')).toContain(
			'[main] Prosecutor Jane Hill said data showed he had unlocked the phone 12 times during the journey'
		);
		expect(clauses('The firm said it had cut prices, raised wages by 3%, and had hired 200 staff.').some((c) => c.includes('it had hired'))).toBe(false);
	});

	it('states no appositive that points back or whose tense the clause does not tell', () => {
		expect(clauses('Mr. Hale, the Ohio Democrat, called the bill the worst in years.').some((c) => c.startsWith('[aside]'))).toBe(false);
		expect(clauses('Dr. Okoro, a consultant surgeon at St Mary’s Hospital, founded a charity in 2010.').some((c) => c.startsWith('[aside]'))).toBe(false);
	});

	it('asks nothing of a sentence that opens on a sum of figures given before it', () => {
		expect(clauses('Adding the Greens would take a three-party alliance to 113 seats.')).toEqual([]);
		expect(clauses('Excluding one-off costs, profit rose 4% to £20m.')).toEqual([]);
	});
});

describe('generateQuiz: clause structure', () => {
	it('asks about a figure of a spun-off relative clause, with the name it hangs on', () => {
		const items = quizOf('Kowalski bakery chain grows', [
			'Ms Kowalski, who was finance director of the Baltic Shipping Company until 2019, now runs a bakery chain in Gdansk.'
		]);
		expect(items.some((i) => i.stem.startsWith('Ms Kowalski was finance director of the Baltic Shipping Company until') && i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end) === '2019')).toBe(true);
	});

	it('reads a capitalised name after "The liberal" as no verb, so the stem is asked', () => {
		const items = quizOf('Vote count ends in Riga', ['The liberal Harbour and Valley list won 8.2% and 21 seats.', 'The Green list won 6.1% and 14 seats in the vote.']);
		expect(items.some((i) => i.stem.startsWith('The liberal Harbour and Valley list won'))).toBe(true);
	});

	it('asks no "Who ...?" of an indefinite role that others may share', () => {
		const items = quizOf('Nebraska primary race', [
			'State Sen. Anna Flood is a leading candidate for the Republican nomination, while state Sen. Paul Brooks is likely to win the Democratic nod.',
			'Anna Flood and Paul Brooks both spoke in Omaha on Friday.',
			'Businessman Carl Herbst spent $3 million on the race.'
		]);
		for (const item of items) expect(item.stem).not.toMatch(/^Who is a leading candidate/);
	});

	it('never cuts a long clause after "had, on average"', () => {
		const items = quizOf('Walking and memory', [
			'Scans carried out on a subset of 4,210 participants from Leeds and York showed that the more active groups had, on average, a slightly larger hippocampus, a region of the brain involved in memory that shrinks with age.'
		]);
		for (const item of items) expect(item.stem).not.toMatch(/had, on average\.$/);
		expect(items.some((i) => i.source.text.startsWith('Scans'))).toBe(true);
	});
});
