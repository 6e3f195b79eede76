import { describe, expect, it } from 'vitest';
import { numericDistractors, rangeDistractors, writtenNumber } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { createPrng } from '../../src/lib/quiz/prng';
import type { Item } from '../../src/lib/quiz/types';
import { filler, itemsOf } from './report';

/** Every item over ten seeds of an article published on `published` (YYYY-MM-DD), with `filler` after its paragraphs. */
function itemsPublished(title: string, paragraphs: string[], published: string): Item[] {
	const article = { ...parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`), published };
	const items: Item[] = [];
	for (let seed = 1; seed <= 10; seed++) items.push(...generateWithReport(article, { seed, maxItems: 15 }).quiz.items);
	return items;
}

/** The items whose source sentence includes `words`. */
function about(items: Item[], words: string): Item[] {
	return items.filter((i) => i.source.text.includes(words));
}

describe('organisation distractors keep the kind of body the key is', () => {
	const burglary = [
		'Five men who stole luxury cars from homes across Cheshire were jailed at Chester Crown Court on Friday.',
		'The gang was caught after Cheshire Police traced a stolen Porsche to a storage unit in Trafford Park.',
		'Cheshire Police said officers recovered £86,000 in cash during dawn raids in May.',
		'The judge at Chester Crown Court said the men had caused lasting fear in the villages they targeted.'
	];

	it('never makes a court the false runner of a police operation', () => {
		const items = about(itemsOf('Burglary gang jailed', burglary), 'traced a stolen Porsche');
		expect(items.filter((i) => /Chester Crown Court(?:’s|'s)? (?:traced|Operation)/.test(i.stem) || i.options.includes('Chester Crown Court'))).toEqual([]);
	});

	it('never holds a debate in a weather service instead of Parliament', () => {
		const floods = [
			'Floods have killed 63 people across Kenya since March, the government said on Monday.',
			'Kenya’s Meteorological Department forecast further heavy rain through the middle of May in the central highlands.',
			'Opposition lawmakers on Tuesday called for an emergency debate in Parliament, accusing officials of ignoring early warnings.',
			'Kenya’s Meteorological Department said the rains were the heaviest it had recorded in the region since 1998.'
		];
		const items = about(itemsOf('Kenya flood toll rises', floods), 'emergency debate');
		expect(items.filter((i) => i.stem.includes('in Meteorological Department') || i.options.includes('Meteorological Department'))).toEqual([]);
	});
});

describe('person distractors keep the side and the part the article gives them', () => {
	it('offers only bowlers for the bowler who took a wicket, never a batsman', () => {
		const test = [
			'Left-arm spinner Rohan Kadam took five wickets as India beat Australia by 102 runs in the first Test on Monday.',
			'Josh Whitfield added 63 with Cameron Hollis for the third wicket before lunch.',
			'Tom Barrington was given out leg-before two balls after Whitfield was bowled.',
			'Hollis was the ninth man out, stumped off the bowling of off-spinner Mohammed Arif, ending Australian hopes.',
			'Seamer Vikram Chaudhary took three wickets in the first innings and spinner Kunal Desai took two.'
		];
		const items = about(itemsOf('India beat Australia in first Test', test), 'off the bowling of');
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			expect(item.stem).not.toMatch(/off-spinner (?:Josh Whitfield|Tom Barrington)/);
			expect(item.options.filter((o) => /Whitfield|Barrington/.test(o))).toEqual([]);
		}
	});

	it('never offers a person the article names only as what a film is about', () => {
		const film = [
			'Dev Malhotra will play the jazz pianist Bud Powell in a new film from Searchlight Pictures, the studio said on Tuesday.',
			'The story will focus on the pianist’s years in Paris and his friendship with French graphic artist Francis Paudras.',
			'Producers include Leah Bernstein of Cobalt Films and Jérôme Lambert of Les Films du Quai in Paris.',
			'Malhotra starred opposite Kerry Vance in the hospital thriller "Night Shift" earlier in the summer.',
			'"A Complete Unknown," the Bob Dylan film starring Timothée Chalamet, grossed more than $140 million worldwide.'
		];
		const items = itemsOf('Malhotra to play Bud Powell', film);
		expect(items.filter((i) => i.options.includes('Bob Dylan') || (i.stem.includes('Bob Dylan') && !i.source.text.includes('Bob Dylan')))).toEqual([]);
	});
});

describe('year keys', () => {
	const phones = [
		'Tecla launched its thinnest foldable phone in Barcelona on Wednesday, the company said.',
		'Lin Wei, the head of the phone division, said the company expects foldables to make up a quarter of its premium sales by the end of 2027.',
		'Analysts at Barclays cautioned that rising component costs could squeeze margins from 2028.'
	];

	it('give a target year after publication no distractor before the publication year', () => {
		const items = itemsPublished('Tecla launches its thinnest foldable', phones, '2026-07-15').filter((i) => i.type === 'cloze' && /\b20\d\d\b/.test(i.options[i.key]));
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) for (const o of item.options) expect(Number(o)).toBeGreaterThanOrEqual(2026);
	});

	it('never ask a year before the noun it dates as a count of that noun', () => {
		const schools = [
			'Hundreds of public schools in New South Wales face funding cuts under a new formula, the department said on Monday.',
			'The department said principals would receive indicative 2027 budgets by the end of term three.',
			'Combined funding for public schools in the state rose by 4 per cent last year.'
		];
		const items = about(itemsPublished('Schools face funding cuts', schools, '2026-06-01'), 'indicative');
		expect(items.filter((i) => i.type === 'numeric' || i.options.some((o) => /^\d{1,3}$/.test(o)))).toEqual([]);
	});

	it('never blank a year that is only the period a sentence looks back on', () => {
		const actor = [
			'Dev Malhotra will play the jazz pianist Bud Powell in a new film, the studio said on Tuesday.',
			'Malhotra has had a remarkable 2026.',
			'His hospital thriller "Night Shift" has grossed $92.4 million since opening on July 17.'
		];
		expect(about(itemsPublished('Malhotra to play Bud Powell', actor, '2026-09-01'), 'remarkable')).toEqual([]);
	});
});

describe('number distractors', () => {
	it('spread a hedged percentage by points, not three options a point apart', () => {
		const [fact] = extractFacts('Funding currently sits at about 91 per cent of the standard.').filter((f) => f.type === 'percent');
		for (let seed = 1; seed <= 20; seed++) {
			const values = numericDistractors(fact, createPrng(seed), new Set()).map((o) => writtenNumber(o)!);
			expect(values).toHaveLength(3);
			for (const v of values) expect(Math.abs(v - 91)).toBeGreaterThanOrEqual(8);
			for (const a of values) for (const b of values) if (a !== b) expect(Math.abs(a - b)).toBeGreaterThanOrEqual(4);
		}
	});

	it('move a range of percentages by points, keeping rates as rates and shares under 100', () => {
		const items = itemsOf('Home sales climb again', [
			'Home sales rose for a fifth straight month in October as mortgage rates eased, the national real estate association said.',
			'Five-year fixed mortgage rates at the big Canadian banks have drifted down to between 4.1 and 4.4 per cent, according to a rate-comparison site.',
			'A sales-to-new-listings ratio between 45 and 65 per cent is generally considered a balanced market in Canada, the association said.'
		]).filter((i) => i.type === 'cloze' && / and /.test(i.options[i.key]));
		const ends = (o: string) => o.split(' and ').map(Number);
		const rates = items.filter((i) => i.options[i.key] === '4.1 and 4.4');
		const ratios = items.filter((i) => i.options[i.key] === '45 and 65');
		expect(rates.length).toBeGreaterThan(0);
		expect(ratios.length).toBeGreaterThan(0);
		for (const item of rates) for (const o of item.options) for (const e of ends(o)) expect(e >= 2 && e <= 8).toBe(true);
		for (const item of ratios) for (const o of item.options) for (const e of ends(o)) expect(e).toBeLessThanOrEqual(100);
	});

	it('shift a range of percentages named as such by points too', () => {
		const [fact] = extractFacts('Rates stood at between 4.1% and 4.4% last week.').filter((f) => f.type === 'range');
		const options = rangeDistractors(fact, createPrng(3));
		expect(options).toHaveLength(3);
		for (const o of options) for (const e of o.split(' and ').map((x) => parseFloat(x))) expect(e >= 2 && e <= 8).toBe(true);
	});

	it('never asks the model number of an engine as a count', () => {
		const items = itemsOf('Flight diverts to the Azores after engine fault', [
			'A transatlantic flight diverted to the Azores on Saturday after one of its engines failed over the ocean.',
			'The A330neo is powered by Rolls-Royce Trent 7000 engines, which the airline said had been inspected in May.',
			'The airline said 298 passengers were on board and none was hurt.'
		]);
		expect(about(items, 'Trent 7000')).toEqual([]);
	});
});

describe('place options', () => {
	it('write a city from a capitalised dateline as the key is written', () => {
		const items = itemsOf('India beat Australia in Chennai', [
			'CHENNAI: India beat Australia by 102 runs on Monday to win the first Test of the series at the Chepauk ground.',
			'Spinner Rohan Kadam took five wickets as the visitors were bowled out shortly after tea.',
			'The teams now travel to Ahmedabad for the second Test, which begins on February 24.'
		]);
		const options = about(items, 'now travel to').flatMap((i) => i.options);
		expect(options.filter((o) => o === 'CHENNAI')).toEqual([]);
	});
});

describe('ages', () => {
	const floods = [
		'Floods along the Tana River have driven 40,000 people from their homes in Kenya, the Red Cross said on Monday.',
		'Amina Hassan, a 46-year-old mother of five, said she fled with only the clothes her family was wearing.',
		'"There was a loud bang and then the water came," said Peter Otieno, 52, a trader in Garissa.',
		'The government said it would send 200 tonnes of food aid to the worst-hit counties by the end of the week.'
	];

	it('never asks the age of a passer-by the story quotes', () => {
		const items = itemsOf('Kenya floods drive thousands from their homes', floods);
		expect(items.filter((i) => /year-old|^\d+$/.test(i.options[i.key] ?? '') && /Hassan|Otieno/.test(i.source.text))).toEqual([]);
	});

	it('still asks the age of the person the headline names', () => {
		const items = itemsOf('Amina Hassan flees Kenya floods with her five children', floods);
		expect(items.some((i) => i.source.text.includes('Hassan') && i.options[i.key] === '46-year-old')).toBe(true);
	});
});

// the blind holdout13 reader: 24.75% and 34.85% beside an 8.75% policy rate are no rates at all
describe('a rate of a few per cent', () => {
	it('gets options from 0.4 to 2 times it, never 25 points away', () => {
		for (const text of ['Uganda held its rate at 9.75% last month.', 'Inflation eased to 6.2% in May.', 'Sales rose 12% in the quarter.']) {
			const fact = extractFacts(text).find((f) => f.type === 'percent')!;
			for (let seed = 1; seed <= 20; seed++) {
				const options = numericDistractors(fact, createPrng(seed), new Set());
				expect(options).toHaveLength(3);
				for (const o of options) {
					expect(writtenNumber(o)!).toBeGreaterThanOrEqual(fact.value! * 0.4 - 0.01);
					expect(writtenNumber(o)!).toBeLessThanOrEqual(fact.value! * 2 + 0.01);
				}
			}
		}
	});
});
