import { describe, expect, it } from 'vitest';
import { soleReferent } from '../../src/lib/quiz/pronouns';
import { filler, stemsFrom } from './report';

// The strict readers of holdout126 and holdout127 refused stems cut from the sentence that said
// who, when or than what (R4), and one that lost the age its figure is counted to (R6).
describe('p41: referents and qualifiers of the holdout126 and holdout127 readers', () => {
	it('writes an object "her" after a judge as the defendant the sentence before names', () => {
		const stems = stemsFrom(
			'Former school bursar jailed for stealing from academy trust',
			[
				'Helen Marsden, 52, a former bursar at the Larchfield Academy Trust in Derby, was jailed on Friday for four years for stealing £640,000 from the trust over seven years.',
				'Judge Rebecca Thorne also ordered her to repay £210,000 within three months or serve a further two years.',
				'Marsden had pleaded guilty to fraud by abuse of position at an earlier hearing.',
				...filler
			],
			'ordered her to repay'
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /ordered her\b/.test(s) && s.startsWith('OK'))).toEqual([]);
		expect(stems.some((s) => s.startsWith('OK: Judge Rebecca Thorne ordered Helen Marsden to repay'))).toBe(true);
	});

	it('writes an object "him" after a judge as the man the sentence before convicted', () => {
		const stems = stemsFrom(
			'Treasurer convicted of theft',
			['Former Dunmore county treasurer Paul Keyes, 58, was convicted on Thursday of stealing $1.4 million from the county.', 'Judge Miriam Thornley allowed him to remain free on bail and set sentencing for March 12.', ...filler],
			'allowed him'
		);
		expect(stems).toContain('OK: Judge Miriam Thornley allowed Paul Keyes to remain free on bail and set sentencing for March 12.');
	});

	it('keeps a "her" an infinitive after the subject’s own words may mean her by', () => {
		const stems = stemsFrom(
			'Singer Ilse Marner dies aged 88',
			['The Austrian singer Ilse Marner, who has died aged 88, recorded more than 60 albums of cabaret songs.', 'Marner was dismissive of attempts in 1975 to cast her as a protest singer.', 'She toured Japan 14 times.', ...filler],
			'dismissive'
		);
		expect(stems).toContain('OK: Marner was dismissive of attempts in _____ to cast her as a protest singer.');
	});

	it('refuses an object "her" whose clause names the only woman of the stem, when no one else can be meant', () => {
		const stems = stemsFrom(
			'Netball coach fined after training camp injuries',
			[
				'Two coaches and a physiotherapist ran the camp at the Kelsall centre in 2023, the tribunal heard.',
				'Tribunal chair Alison Grady told her to pay £4,800 in costs within 28 days.',
				...filler
			],
			'told her to pay'
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.startsWith('OK') && /told her\b/.test(s))).toEqual([]);
	});

	it('refuses a record "resulting" from a trip, issued "the following year", where the stem gives neither', () => {
		const stems = stemsFrom(
			'Ostrava violinist Pavla Horáková dies aged 81',
			[
				'The Czech violinist Pavla Horáková, who has died aged 81, recorded more than 30 albums of Bohemian folk music.',
				"In 1971 she travelled to the Tatra villages with a tape recorder to collect shepherds' songs.",
				'The resulting record, Pastýři, was issued in Vienna the following year and sold 80,000 copies in Austria.',
				...filler
			],
			'The resulting record'
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.startsWith('OK'))).toEqual([]);
	});

	it('keeps a time counted from a year the stem asks itself', () => {
		const stems = stemsFrom(
			'Ostrava violinist Pavla Horáková dies aged 81',
			[
				'The Czech violinist Pavla Horáková, who has died aged 81, recorded more than 30 albums of Bohemian folk music.',
				'Horáková joined the Janáček Quartet in Prague in 1964 and became its leader three years later.',
				'She retired from the quartet in 1999 to teach.',
				...filler
			],
			'Janáček Quartet'
		);
		expect(stems.some((s) => s.startsWith('OK') && /three years later/.test(s))).toBe(true);
	});

	it('refuses barns "damaged then", a time only the sentence before gives', () => {
		const stems = stemsFrom(
			'Floods return to Lake Vale',
			[
				'Heavy rain flooded 2,300 homes in the Lake Vale district on Sunday, the second major flood in 18 months.',
				'The river burst its banks in March 2024, displacing about 9,000 people.',
				'Farmers in the Lake Vale district had only just finished repairing barns damaged then, and the council had spent £4.2 million on new flood walls.',
				...filler
			],
			'repairing barns'
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.startsWith('OK'))).toEqual([]);
	});

	it('refuses a win "by a larger majority" with no "than" to say larger than what', () => {
		const stems = stemsFrom(
			'Labour holds two seats in Midshire by-elections',
			[
				"Labour held both seats in Thursday's Midshire county council by-elections.",
				"In Ashby North, Labour's Priya Desai won by 1,204 votes.",
				"In Coleford West, Labour's Tom Granger won by a larger majority of 2,870 votes, taking 61% of the vote.",
				...filler
			],
			'larger majority'
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.startsWith('OK') && /larger majority/.test(s))).toEqual([]);
	});

	it('keeps a comparative whose standard the stem gives', () => {
		const stems = stemsFrom(
			'Labour holds seat in Midshire by-election',
			[
				"Labour held the Coleford West seat in Thursday's Midshire county council by-election.",
				"Labour's Tom Granger won by a larger majority than in 2021, 2,870 votes, taking 61% of the vote.",
				...filler
			],
			'larger majority'
		);
		expect(stems.some((s) => s.startsWith('OK'))).toBe(true);
	});

	it('never asks a share counted "by the age of 12" without that age', () => {
		const stems = stemsFrom(
			'Hot districts linked to kidney disease in Brazilian children',
			[
				'Children living in the hottest districts of Brazil were more likely to develop kidney disease, a study of 40,000 children found.',
				'By the age of 12, 7.4% of Brazilian children in the hottest districts had been diagnosed with kidney disease, compared with 3.1% in the coolest districts.',
				...filler
			],
			'By the age of 12'
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => !/By the age of (?:12|_____)\b/.test(s))).toEqual([]);
	});

	it('gives no sentence-opening "He" to the man an attribution in commas speaks about', () => {
		const stems = stemsFrom(
			'Kofi Mensah obituary',
			[
				'The Ghanaian trumpeter Kofi Mensah, who has died aged 79, led one of the most popular dance bands in Accra in the 1970s.',
				'He was born in Cape Coast, the son of a fisherman, and taught himself the trumpet as a boy.',
				'At 18 he moved to Accra and joined the band of the saxophonist Ebo Taylor, then the leading bandleader in the city.',
				'Taylor, he later recalled, "made us rehearse until our lips bled."',
				'He founded the Osu Rhythm Kings in 1968 with the drummer Yaw Boateng and the singer Ama Owusu, whom he married in 1971.',
				'The band released 14 albums before it broke up in 1983.',
				...filler
			],
			'Osu Rhythm Kings'
		);
		expect(stems.filter((s) => /Ebo Taylor founded/.test(s))).toEqual([]);
	});

	it('asks "defrauding the state" in a country of no states, where the stem names the country', () => {
		const stems = stemsFrom(
			'Greek court jails solar executive over subsidy fraud',
			[
				"Greece's Supreme Court on Monday sentenced the former head of solar developer Helios Aigaiou to six years in prison for defrauding the state of 12.4 million euros in energy subsidies.",
				'Prosecutors said the company had inflated the output of nine solar parks in Greece between 2016 and 2020.',
				'The former head, Nikos Vlachos, 58, denied wrongdoing.',
				...filler
			],
			'defrauding'
		);
		expect(stems.some((s) => s.startsWith('OK') && /defrauding the state/.test(s))).toBe(true);
	});

	it('refuses "the state" in a country whose parts are states', () => {
		const stems = stemsFrom(
			'Nigerian court jails official over pension fraud',
			[
				"Nigeria's Federal High Court on Monday sentenced a former pension official to nine years in prison for defrauding the state of 2.1 billion naira.",
				'Prosecutors said the money was paid into accounts in Kogi state and Lagos between 2016 and 2020.',
				'The former official, Musa Bello, 58, denied wrongdoing.',
				...filler
			],
			'defrauding'
		);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.startsWith('OK'))).toEqual([]);
	});

	it('leaves "He" unresolved after a sentence whose pronoun is an aside’s speaker', () => {
		const earlier = [{ persons: [{ surname: 'Taylor', full: 'Ebo Taylor', gender: 'male' as const }], text: 'Taylor, he later recalled, "made us rehearse until our lips bled."' }];
		expect(soleReferent('He', earlier)).toBeUndefined();
		const own = [{ persons: [{ surname: 'Taylor', full: 'Ebo Taylor', gender: 'male' as const }], text: 'Taylor won the prize when he was 30.' }];
		expect(soleReferent('He', own)?.full).toBe('Ebo Taylor');
	});
});
