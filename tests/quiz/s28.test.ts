import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { sameOrgKind } from '../../src/lib/quiz/generate';
import { written, reportOf } from './report';

const organisations = (text: string) => extractFacts(text).filter((f) => f.type === 'organisation').map((f) => f.text);

describe('session 28: a body named "X of Y"', () => {
	it('"Ministry of Health", "Bank of England", "University of Lagos": one word before "of" names a body too', () => {
		expect(organisations('Officials at the Ministry of Health agreed to pay 40 nurses.')).toEqual(['Ministry of Health']);
		expect(organisations('The Bank of England raised rates to 4 percent on Thursday.')).toEqual(['Bank of England']);
		expect(organisations('The University of Lagos closed its 12 hostels.')).toEqual(['University of Lagos']);
	});

	it('two fields after the body’s "of" stay in its name; a second body after "and" does not', () => {
		expect(organisations('The Korea Advanced Institute of Science and Technology rose to 41st, while Pohang University of Science and Technology fell.')).toEqual([
			'Korea Advanced Institute of Science and Technology',
			'Pohang University of Science and Technology'
		]);
		expect(organisations('The Bank of England and HSBC Holdings said the Ministry of Trade and Industry would report on 2 May.')).toEqual([
			'Bank of England',
			'HSBC Holdings',
			'Ministry of Trade and Industry'
		]);
	});

	it('the head word before "of" says the kind: a ministry is no option among universities (R8)', () => {
		expect(sameOrgKind('University of Tokyo', 'Tsinghua University')).toBe(true);
		expect(sameOrgKind('Massachusetts Institute of Technology', 'Stanford University')).toBe(true);
		expect(sameOrgKind('Ministry of Education', 'Tsinghua University')).toBe(false);
		expect(sameOrgKind('Ministry of Education', 'Education Department')).toBe(true);
	});
});

describe('session 28: a bracket cut before a hyphen', () => {
	it('"the Bharatiya Janata Party (BJP)-led alliance" becomes "Party-led", never "Party -led" (R1)', () => {
		const stems = written(
			reportOf('Kerala poll: opposition front sweeps back to power', [
				'According to final figures from the Election Commission of India, released late on Monday night, the Left front won 41 seats, down from 99 in 2021. The Bharatiya Janata Party (BJP)-led National Democratic Alliance won 6 seats and independents took the remaining 2.',
				'The United Democratic Front, led by the Indian National Congress, won 93 of the 140 seats in the Kerala Legislative Assembly, officials said on Tuesday in Thiruvananthapuram.'
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => /Party -led/.test(s))).toEqual([]);
		expect(stems.some((s) => s.includes('The Bharatiya Janata Party-led National Democratic Alliance won'))).toBe(true);
	});
});
