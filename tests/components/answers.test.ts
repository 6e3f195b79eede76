import { describe, expect, it } from 'vitest';
import { estimateUnit, numberText, optionForKey, responseText, shortcutsFor } from '$lib/components/answers';

describe('answer wording', () => {
	it('picks true-false options with T and F and other options with 1 to 4', () => {
		expect(shortcutsFor({ type: 'true-false', options: ['True', 'False'] })).toEqual(['T', 'F']);
		expect(shortcutsFor({ type: 'mcq', options: ['Oslo', 'Kyiv', 'Moscow', 'Sochi'] })).toEqual(['1', '2', '3', '4']);
	});

	it('maps a key to the option it picks: 1 to 4 by position, and T, F or 1, 2 on a true-false item', () => {
		const trueFalse = { type: 'true-false' as const, options: ['False', 'True'] };
		expect(['t', 'T', 'f', 'F', '1', '2', '3', 'a'].map((key) => optionForKey(trueFalse, key))).toEqual([1, 1, 0, 0, 0, 1, -1, -1]);
		const mcq = { type: 'mcq' as const, options: ['Oslo', 'Kyiv', 'Moscow'] };
		expect(['1', '3', '4', '0', 'A', 'T'].map((key) => optionForKey(mcq, key))).toEqual([0, 2, -1, -1, -1, -1]);
	});

	it('writes numbers in the item’s own terms, unit and scale', () => {
		const money = { unit: 'GBP', scale: 1_000_000 };
		expect(numberText(772_600_000, money)).toBe('£772.6 million');
		expect(estimateUnit(money)).toBe('£ million');
		expect(numberText(80, { unit: 'percent' })).toBe('80%');
		expect(numberText(150_000, { unit: 'people' })).toBe('150,000 people');
		expect(estimateUnit({})).toBe('');
	});

	// a fresh user's estimate slider labelled its low end "1 charges"
	it('writes a unit that agrees with the number: one in the singular, 0, 1.5 and more in the plural', () => {
		expect([1, 0, 1.5, 2].map((value) => numberText(value, { unit: 'charges' }))).toEqual(['1 charge', '0 charges', '1.5 charges', '2 charges']);
		expect([1, 0, 1.5].map((value) => numberText(value, { unit: 'people' }))).toEqual(['1 person', '0 people', '1.5 people']);
		expect([1, 3].map((value) => numberText(value, { unit: 'votes' }))).toEqual(['1 vote', '3 votes']);
		expect([1, 1.5].map((value) => numberText(value, { unit: 'km' }))).toEqual(['1 km', '1.5 km']);
		expect(numberText(1_000_000, { unit: 'people', scale: 1e6 })).toBe('1 million people');
	});

	it('says each kind of response as the player gave it', () => {
		const item = { options: ['426', '774'], numeric: { value: 80, unit: 'percent', min: 0, max: 100 } };
		expect(responseText(item, { kind: 'choice', option: 1 })).toBe('774');
		expect(responseText(item, { kind: 'text', text: 'Sochi' })).toBe('Sochi');
		expect(responseText(item, { kind: 'number', value: 75 })).toBe('75%');
		expect(responseText(item, null)).toBeNull();
	});
});
