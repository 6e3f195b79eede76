import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { formatLike } from '../../src/lib/quiz/distractors';
import { articleFor } from '../../src/lib/quiz/generate';
import { filler, reportOf, written } from './report';

const facts = (text: string) => extractFacts(text).filter((f) => f.type !== 'attribution').map((f) => `${f.type}:${f.text}`);

describe('session 17 lead: kinds from the blind holdout44–45 grades', () => {
	it('a sum in rand, with a hyphenated scale, or after an ISO code or a world currency sign is money (yield: "R180-million" was no fact at all)', () => {
		const [deal] = extractFacts('The city signed a naming-rights deal worth R180-million on Tuesday.').filter((f) => f.type === 'money');
		expect(deal).toMatchObject({ text: 'R180-million', value: 180_000_000, unit: 'ZAR' });
		expect(extractFacts('Ottawa will spend $1.3-billion on the line.').find((f) => f.type === 'money')).toMatchObject({ text: '$1.3-billion', value: 1_300_000_000, unit: 'USD' });
		expect(extractFacts('The bank was fined CHF 2.5 million.').find((f) => f.type === 'money')).toMatchObject({ value: 2_500_000, unit: 'CHF' });
		expect(facts('The fine was CHF 2.5 million.')).not.toContain('organisation:CHF');
		expect(facts('It cost 700 million shillings, ₦5 billion, KSh 2 billion and Rs 450 crore.')).toEqual(['money:700 million shillings', 'money:₦5 billion', 'money:KSh 2 billion', 'money:Rs 450 crore']);
		// a capital R before a bare number is a road or a model, not rand
		expect(facts('Take the R34 to the coast.')).toEqual([]);
	});

	it('a hyphenated scale moves up a word like a spaced one ("R1,200-million" is written "R1.2-billion")', () => {
		expect(formatLike('R180-million', 1200)).toBe('R1.2-billion');
		expect(formatLike('R180-million', 220)).toBe('R220-million');
	});

	it('a town or city is no blank, a country is (R7: "a native of ___", "a hospital in ___", "sent a team to ___")', () => {
		const report = reportOf('Portugal opens inquiry into funicular crash', [
			'Portugal’s Office for the Prevention and Investigation of Railway Accidents said it had sent a team to Braga on Monday evening.',
			'The company that runs the line said Spain had offered help with the investigation, and the line would stay shut until the inquiry ended.',
			...filler
		]);
		const blanks = written(report).filter((w) => w.check === '' && w.stem.includes('_____')).map((w) => w.stem);
		expect(blanks.some((s) => /sent a team to _____/.test(s))).toBe(false);
		expect(written(report).find((w) => /sent a team to _____/.test(w.stem))?.check).toBe('R7');
	});

	it('an initialism takes "an" by its letters, a capitalised word by its sound (R1: "an Labour MP", "an hospital")', () => {
		expect(['Labour MP', 'Highland councillor', 'hospital', 'house', 'Council member'].map(articleFor)).toEqual(['a', 'a', 'a', 'a', 'a']);
		expect(['MP', 'FBI agent', 'SNP councillor', 'hour', 'honest man', 'Irish senator', '£800'].map(articleFor)).toEqual(['an', 'an', 'an', 'an', 'an', 'an', 'an']);
	});

	it('a role of many holders written before a name is "a", capitalised or not (R1: "described as the Highland councillor")', () => {
		const report = reportOf('Broadband reaches remote crofts', [
			'The programme has now connected 50,000 homes in the Highland region, the Scottish Government said on Monday.',
			'Highland councillor Kirsteen Mackenzie, who represents North Sutherland, welcomed the progress but said many constituents were still waiting.',
			'Council member Rick Dawson, who voted against the budget, said the scheme had cost far more than planned.',
			'Connectivity minister Ivan Stewart said the last 400 homes would be connected by March.',
			'Labour MP Jamie Stone said the delays had been a scandal for years.',
			...filler
		]);
		const stems = written(report).map((w) => w.stem);
		expect(stems.filter((s) => /described as the (?:Highland councillor|Council member|council member)/.test(s))).toEqual([]);
		expect(stems.some((s) => /described as a Highland councillor/.test(s))).toBe(true);
	});
});
