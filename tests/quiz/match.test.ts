import { describe, expect, it } from 'vitest';
import { matchesTyped, parseNumberAnswer } from '../../src/lib/quiz/match';

describe('matchesTyped', () => {
	it('ignores case, accents, spacing and a leading "the"', () => {
		expect(matchesTyped('  sinn fein ', ['Sinn Féin'])).toBe(true);
		expect(matchesTyped('the kremlin', ['Kremlin'])).toBe(true);
		expect(matchesTyped('Minsk.', ['Minsk'])).toBe(true);
		expect(matchesTyped('Moscow', ['Minsk'])).toBe(false);
	});

	it('matches numbers by value: "1,080" = "1080", "£772.6m" = "£772.6 million"', () => {
		expect(matchesTyped('1080', ['1,080'])).toBe(true);
		expect(matchesTyped('£772.6m', ['£772.6 million'])).toBe(true);
		expect(matchesTyped('772.6 million', ['£772.6 million'])).toBe(true);
		expect(matchesTyped('$772.6m', ['£772.6 million'])).toBe(false);
		expect(matchesTyped('1,081', ['1,080'])).toBe(false);
	});

	it('refuses an empty answer', () => {
		expect(matchesTyped('  ', ['Minsk'])).toBe(false);
	});
});

describe('parseNumberAnswer', () => {
	it('reads currency, scale and percent', () => {
		expect(parseNumberAnswer('US$15 billion')).toEqual({ value: 15e9, currency: 'USD', percent: false });
		expect(parseNumberAnswer('2.5 per cent')).toEqual({ value: 2.5, percent: true });
		expect(parseNumberAnswer('Minsk')).toBeUndefined();
	});
});
