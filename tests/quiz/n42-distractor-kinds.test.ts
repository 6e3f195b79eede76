import { describe, expect, it } from 'vitest';
import { numericDistractors } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { namedAsNonPerson, namedOnlyAsHistory } from '../../src/lib/quiz/person-options';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { createPrng } from '../../src/lib/quiz/prng';
import { checksOf, itemsOf } from './report';

/** The values of a percentage's options (key first) over many seeds, read from a sentence with the key and sometimes a figure beside it. */
function percentOptions(sentence: string, key: string, under = Infinity, over = -Infinity): number[][] {
	const fact = extractFacts(sentence).find((f) => f.type === 'percent' && f.text === key)!;
	const sets: number[][] = [];
	for (let seed = 1; seed <= 40; seed++) sets.push([parseFloat(key), ...numericDistractors(fact, createPrng(seed), new Set(), Infinity, [under, over]).map((o) => parseFloat(o))]);
	return sets;
}

/** The smallest gap between any two values. */
function closest(values: number[]): number {
	let least = Infinity;
	for (const a of values) for (const b of values) if (a !== b) least = Math.min(least, Math.abs(a - b));
	return least;
}

describe('n42: distractors of the strict readers’ and fresh users’ R8 kinds', () => {
	it('a league written after “the” and a town or club never given a first name are no persons', () => {
		const text = 'Winger Joao Pinto scored twice as Leiria climbed to fifth in the Portuguese Segunda Liga. Pinto, who plays for Leiria’s under-21 side, was mobbed by the fans.';
		expect(namedAsNonPerson('Segunda Liga', false, text)).toBe(true);
		expect(namedAsNonPerson('Leiria', true, text)).toBe(true);
		expect(namedAsNonPerson('Joao Pinto', false, text)).toBe(false);
		// a town of the gazetteer, written alone as the facts read a surname
		expect(namedAsNonPerson('Braga', true, 'The win lifted Braga to 47 points from 23 matches.')).toBe(true);
		// a person's name written in full is no town for sharing a word with one
		expect(namedAsNonPerson('Braga', false, 'Midfielder Ana Braga scored the winner.')).toBe(false);
	});

	it('a person named only beside a year before the story is history; one named now is not', () => {
		const sentences = ['Hartley now has 27 goals this season, one short of the club record set by Alan Price in 1994.', 'Coach Helen Marsh said in 2019 she would stay.'];
		expect(namedOnlyAsHistory(sentences, 'Price', undefined)).toBe(true);
		expect(namedOnlyAsHistory(sentences, 'Price', 2026)).toBe(true);
		expect(namedOnlyAsHistory(sentences, 'Hartley', undefined)).toBe(false);
		expect(namedOnlyAsHistory([...sentences, 'Price was at the ground to watch.'], 'Price', undefined)).toBe(false);
	});

	it('a record holder of years ago is never offered as who said a coach’s words', () => {
		const paragraphs = [
			'Millbrook Rovers beat Eastwick Town 3-1 in the county cup semi-final at Ferry Lane on Saturday, with striker Owen Hartley scoring all three goals.',
			'Eastwick went ahead after 20 minutes when midfielder Sam Beckett drove in a loose ball from a corner.',
			'Millbrook coach Helen Marsh replaced two defenders at the break, and Hartley equalised within five minutes.',
			'Goalkeeper Dan Fry kept Eastwick level with a string of saves before Hartley scored twice in the last quarter of an hour.',
			'"At the break I told them to play without fear," Marsh said. "They listened, and the supporters carried them home."',
			'Eastwick manager Colin Drury said his players had tired badly. "We ran out of legs after the hour," he said.',
			'The win is worth £25,000 to Millbrook, who will play the final in April.',
			'Hartley now has 27 goals this season, one short of the club record set by Alan Price in 1994.'
		];
		const items = itemsOf('Hartley hat-trick takes Millbrook into county cup final', paragraphs);
		const quoted = items.filter((i) => /\bsaid\b/.test(i.stem));
		expect(quoted.length).toBeGreaterThan(0);
		expect(quoted.filter((i) => /\bPrice\b/.test(`${i.stem} ${i.options.join(' ')}`))).toEqual([]);
	});

	it('a stock index’s move told in a clause after the company’s own fall is not asked; the fall is not refused for it (R7)', () => {
		const paragraphs = ['Norland Cement cut its profit forecast on Tuesday, blaming weak building demand in Germany.', 'Its shares closed down 9.2% at 14.10 euros, lagging the benchmark DAX index, which ended 0.7% higher.', 'The company now expects operating profit of 410 million euros this year.'];
		const index = checksOf('Norland Cement cuts forecast as building slows', paragraphs, /ended _____ higher|ended 0\.7% higher/);
		expect(index.length).toBeGreaterThan(0);
		expect(index.every((c) => c === 'R7')).toBe(true);
		expect(checksOf('Norland Cement cuts forecast as building slows', paragraphs, /down _____/).filter((c) => c === 'R7')).toEqual([]);
	});

	it('what happens in a song or a film told in an aside is not asked, the figure of the work itself is (R7)', () => {
		const paragraphs = ['The singer Adaeze Okonkwo has died aged 79.', 'Okonkwo’s first hit, Moonlight Market (1971), a song about a fisherman who loses two boats in a storm, sold about 120,000 copies in its first year.', 'She recorded 31 albums in all.'];
		const plot = checksOf('Highlife singer Adaeze Okonkwo dies at 79', paragraphs, /loses _____ boats/);
		expect(plot.length).toBeGreaterThan(0);
		expect(plot.every((c) => c === 'R7')).toBe(true);
		expect(checksOf('Highlife singer Adaeze Okonkwo dies at 79', paragraphs, /sold about _____/).some((c) => c !== 'R7')).toBe(true);
		expect(checksOf('Film about a Lagos bakery wins festival prize', ['Iya Omi, a drama about a family bakery in Lagos, won the top prize at the Kerala film festival on Friday.', 'The film was made for about $90,000.'], /bakery in _____/).filter((c) => c === 'R7')).toEqual([]);
	});

	it('a bare number that is someone’s age by its verb or place is an age, and its options are ages near it', () => {
		const ages = (sentence: string) => extractFacts(sentence).filter((f) => f.type === 'age').map((f) => f.text);
		expect(ages('The fisherman turned 80 in March and still goes out every morning.')).toEqual(['80']);
		expect(ages('The cyclist, who is 47, was taken to hospital.')).toEqual(['47']);
		expect(ages('A woman, 62, and her son, 35, were rescued from the roof.')).toEqual(['62', '35']);
		expect(ages('At 58 she became the oldest woman to row the Atlantic alone.')).toEqual(['58']);
		// a clock's hour opening a sentence, a turn of a market and a firm's years are no one's age
		expect(ages('At 10, the doors opened.')).toEqual([]);
		expect(ages('The index turned 80 points lower.')).toEqual([]);
		const eighty = extractFacts('The fisherman turned 80 in March and still goes out every morning.').find((f) => f.text === '80')!;
		for (let seed = 1; seed <= 20; seed++) for (const o of numericDistractors(eighty, createPrng(seed), new Set())) expect(Math.abs(Number(o) - 80)).toBeLessThanOrEqual(14);
	});
});

describe('n42: quote items past a quarter of the quiz', () => {
	it('fill a quiz only up to ten items (two past the yield), not past them beside the facts already asked', () => {
		const paragraphs = [
			'Harbourside Ferries carried 1.9 million passengers last year, the operator said on Monday, as fares rose 6% on its routes across the Solent.',
			'"This was the windiest winter our crews can remember," said managing director Claire Ondaatje.',
			'Harbourside Ferries added 3 new vessels in 2025, up from one in 2024.',
			'"We cancelled fewer sailings than in any year since the company was founded," Ondaatje told reporters in Southampton.',
			'Harbourside Ferries said 91.4% of its crossings left on time in 2025.',
			'"Islanders pay more for a crossing that still leaves them stranded," said Peter Quayle, who chairs the Island Travellers group.',
			'Harbourside Ferries sold 38,000 season tickets during the year.',
			'"Three new boats will not be enough for a busy summer," Quayle said in a statement.',
			'"We will keep hiring deckhands from the island," Ondaatje said at the annual meeting.',
			'The average return fare for a car now stands at £96.',
			'"The fare rise will hurt every family on the island," said Joan Marlow, a councillor in Cowes.',
			'"A voucher does not get you to hospital," Marlow said on Monday evening.',
			'"We are proud of our crews," Ondaatje said.',
			'"The boats smell of diesel most mornings," said commuter Tom Avery.'
		];
		const article = parseArticleText(`Harbourside Ferries carried 1.9 million passengers as fares rose 6%\n\n${paragraphs.join('\n\n')}`);
		for (let seed = 1; seed <= 3; seed++) {
			const items = generateWithReport(article, { seed, maxItems: 15 }).quiz.items;
			const quotes = items.filter((i) => i.type === 'who-said' || / said: “/.test(i.stem));
			expect(items.length).toBeGreaterThanOrEqual(8);
			expect(quotes.length <= Math.floor((items.length + 1) / 4) || items.length <= 10).toBe(true);
		}
	});
});
