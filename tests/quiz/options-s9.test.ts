import { describe, expect, it } from 'vitest';
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
