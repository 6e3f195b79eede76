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

describe('session 28: names written in keep their English', () => {
	it('"The city government said" becomes "The Mexico City government said", never "Mexico City government said" (R1)', () => {
		const stems = written(
			reportOf('Mexico City air improves but ozone still breaches standard on 187 days', [
				'MEXICO CITY — Levels of the most dangerous airborne particles in Mexico City fell for the second consecutive year in 2024, officials said on Monday, according to the city’s environment secretariat.',
				'The city government said it would spend 1.2 billion pesos (about $59 million) this year on measures including replacing 800 older diesel buses with electric and low-emission models.',
				'Lucía Herrera, the city’s environment secretary, said 14 monitoring stations had recorded the improvement.'
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => /^Mexico City government/.test(s))).toEqual([]);
		expect(stems.some((s) => s.startsWith('The Mexico City government said it would spend'))).toBe(true);
	});

	it('"the ministry" is written with the ministry’s whole name: "Ministry of Family, Labour and Social Policy" (R1)', () => {
		const stems = written(
			reportOf('Poland to tighten unemployment benefit rules from January', [
				'WARSAW (Reuters) - Poland’s government on Tuesday approved a reform of unemployment benefits that will cut payments for people who refuse two job offers, officials said.',
				'The Ministry of Family, Labour and Social Policy estimates the changes will cost 2.1 billion zloty (about €490 million) a year.',
				'The ministry said it would hire 1,200 additional job centre advisers next year, at a cost included in the 2.1 billion zloty estimate.',
				'About 780,000 people were registered as unemployed in Poland at the end of October, according to official figures.'
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => /and Social said/.test(s))).toEqual([]);
		expect(stems.some((s) => s.startsWith('Poland’s Ministry of Family, Labour and Social Policy said it would hire'))).toBe(true);
	});
});

describe('session 28: what a name is not', () => {
	it('"Shares of Hanul Telecom fell" names the firm Hanul Telecom, never a body "Shares of Hanul Telecom" (R8)', () => {
		expect(organisations('Shares of Hanul Telecom fell 4.7 percent on the Seoul bourse Friday.')).toEqual(['Hanul Telecom']);
	});

	it('"the Scottish Pelagic Fishermen’s Association" is one body, and no person "Pelagic Fishermen" (R8)', () => {
		const facts = extractFacts('Industry reaction was broadly positive, though the Scottish Pelagic Fishermen’s Association warned that the cut would hit 40 vessels.');
		expect(facts.filter((f) => f.type === 'person')).toEqual([]);
		expect(organisations('Industry reaction was broadly positive, though the Scottish Pelagic Fishermen’s Association warned that the cut would hit 40 vessels.')).toEqual([
			'Scottish Pelagic Fishermen’s Association'
		]);
	});

	it('"30 per cent of the homes" are houses, never the developer Meadowgate Homes (R6)', () => {
		const stems = written(
			reportOf('Plans for 1,450 homes west of Kettering approved', [
				'Plans for 1,450 new homes on farmland west of Kettering have been approved by councillors, despite 312 objections from residents.',
				'The outline application, submitted by Leicester-based developer Meadowgate Homes in March last year, covers 74 hectares of land west of the A6. Some 30 per cent of the homes – 435 in total – will be classed as affordable housing.',
				'Councillor Jane Nowak, who chairs the planning committee, said the scheme would bring a new primary school and a GP surgery.'
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => /of the Meadowgate Homes/.test(s))).toEqual([]);
		expect(stems.some((s) => /per cent of the homes will be classed/.test(s))).toBe(true);
	});
});
