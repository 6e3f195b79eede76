import { describe, expect, it } from 'vitest';
import { numericDistractors, rangeDistractors, writtenNumber } from '../../src/lib/quiz/distractors';
import { extractFacts } from '../../src/lib/quiz/facts';
import { createPrng } from '../../src/lib/quiz/prng';
import type { Item } from '../../src/lib/quiz/types';
import { itemsOf } from './report';

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
			'Five-year fixed mortgage rates at the big banks have drifted down to between 4.1 and 4.4 per cent, according to a rate-comparison site.',
			'A sales-to-new-listings ratio between 45 and 65 per cent is generally considered a balanced market, the association said.'
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
});
