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
