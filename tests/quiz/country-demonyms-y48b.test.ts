import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';

const places = (text: string) => extractFacts(text).filter((f) => f.type === 'place').map((f) => `${f.text}/${f.level}`);

describe('A country whose name the lexicon also files as a people (QUALITY.md R4: the story\'s country)', () => {
	it('types "the Philippines" as a country', () => {
		expect(places('Heavy rain flooded roads across the central Philippines on Tuesday, officials said.')).toContain('Philippines/country');
		expect(places('The Philippines imports about 40 per cent of its rice, a ministry report said.')).toContain('Philippines/country');
	});

	it('still types no place for a people ("Filipinos", "the Swiss")', () => {
		expect(places('Thousands of Filipinos queued for drinking water in Tacloban on Wednesday.')).not.toContain('Filipinos/country');
		expect(places('The Swiss voted on a new pension law on Sunday.')).toEqual([]);
	});
});
