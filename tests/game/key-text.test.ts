import { describe, expect, it } from 'vitest';
import { keyTextOf } from '../../src/lib/quiz/key-text';

describe('the key as a player is told it', () => {
	it('an estimate of a bare count is told with its unit, as the player’s own estimate is', () => {
		expect(keyTextOf({ options: ['2.5'], key: 0, numeric: { value: 2.5, unit: 'miles', min: 0, max: 4 } })).toBe('2.5 miles');
		expect(keyTextOf({ options: ['2,340'], key: 0, numeric: { value: 2340, unit: 'properties', min: 1100, max: 6300 } })).toBe('2,340 properties');
		expect(keyTextOf({ options: ['1'], key: 0, numeric: { value: 1, unit: 'charges', min: 0, max: 4 } })).toBe('1 charge');
		expect(keyTextOf({ options: ['0'], key: 0, numeric: { value: 0, unit: 'charges', min: 0, max: 4 } })).toBe('0 charges');
	});

	it('a key that carries its unit, a percentage, a sum of money and a choice are told as written', () => {
		expect(keyTextOf({ options: ['34 cents'], key: 0, numeric: { value: 34, unit: 'cents', min: 21, max: 110 } })).toBe('34 cents');
		expect(keyTextOf({ options: ['80%'], key: 0, numeric: { value: 80, unit: 'percent', min: 0, max: 100 } })).toBe('80%');
		expect(keyTextOf({ options: ['£772.6 million'], key: 0, numeric: { value: 772_600_000, unit: 'GBP', scale: 1_000_000, min: 3e8, max: 1.3e9 } })).toBe('£772.6 million');
		expect(keyTextOf({ options: ['Minsk', 'Sochi'], key: 1 })).toBe('Sochi');
	});
});
