import { describe, expect, it } from 'vitest';
import { matchesTyped, parseNumber } from '../../src/lib/quiz/scoring';

describe('matchesTyped', () => {
	it('ignores case, accents, spacing and a leading "the"', () => {
		expect(matchesTyped('  sinn fein ', 'Sinn Féin')).toBe(true);
		expect(matchesTyped('the kremlin', 'Kremlin')).toBe(true);
		expect(matchesTyped('Minsk.', 'Minsk')).toBe(true);
		expect(matchesTyped('Moscow', 'Minsk')).toBe(false);
	});

	it('matches numbers by value: "1,080" = "1080", "£772.6m" = "£772.6 million"', () => {
		expect(matchesTyped('1080', '1,080')).toBe(true);
		expect(matchesTyped('£772.6m', '£772.6 million')).toBe(true);
		expect(matchesTyped('772.6 million', '£772.6 million')).toBe(true);
		expect(matchesTyped('$772.6m', '£772.6 million')).toBe(false);
		expect(matchesTyped('1,081', '1,080')).toBe(false);
	});

	it('forgives a slip inside a name but not another name that differs in its first letter', () => {
		expect(matchesTyped('Mnisk', 'Minsk')).toBe(true);
		expect(matchesTyped('Kolesnikva', 'Kolesnikova')).toBe(true);
		expect(matchesTyped('Pinsk', 'Minsk')).toBe(false);
		expect(matchesTyped('Austria', 'Australia')).toBe(false);
	});

	it('refuses an empty answer', () => {
		expect(matchesTyped('  ', 'Minsk')).toBe(false);
	});
});

describe('parseNumber', () => {
	it('reads currency and scale', () => {
		expect(parseNumber('US$15 billion')).toMatchObject({ value: 15e9, currency: 'USD' });
		expect(parseNumber('Minsk')).toBeNull();
	});
});
