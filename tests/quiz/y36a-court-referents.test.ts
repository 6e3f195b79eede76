import { describe, expect, it } from 'vitest';
import { nameCourtReferents } from '../../src/lib/quiz/court-referents';
import { sentenceOf, stemsMatching } from './report';

/** `nameCourtReferents` over `stem`, for a story of a headline and paragraphs whose places are `places`. */
function courtNamed(title: string, paragraphs: string[], stem: string, places: string[] = []): string {
	const { article, sentences } = sentenceOf(title, paragraphs, paragraphs[0].slice(0, 12), false);
	return nameCourtReferents({ article, sentences, places: new Map(places.map((p) => [p.toLowerCase(), p])) }, stem);
}

const FRAUD_TITLE = 'Former harbour clerk jailed for five years over stolen port fees';
const FRAUD = [
	'A court in Coimbra on Wednesday sentenced a former harbour clerk to five years in prison for stealing port fees worth about €900,000 over seven years.',
	'Rui Almeida Santos, 52, who kept the accounts of the fishing harbour office between 2015 and 2022, was found guilty of embezzlement and forgery.',
	'The court ordered the confiscation of a holiday flat and of €310,000 held in two bank accounts.',
	'The case came to light in 2022 after an auditor found that fees paid by 140 fishing boats were missing.',
	'His lawyer said he would appeal to the Court of Appeal, which usually rules within a year.'
];

describe('y36a: a court story’s bare “the court” is the one court its lead names with a place (R4)', () => {
	it('writes the place after "The court" where the lead says "A court in <place>"', () => {
		expect(courtNamed(FRAUD_TITLE, FRAUD, 'The court ordered the confiscation of a holiday flat.', ['Coimbra'])).toBe('The court in Coimbra ordered the confiscation of a holiday flat.');
	});

	it('writes the place before "court" where the lead says "A <place> court", a court of appeal being no rival', () => {
		const lead = ['A Coimbra court on Wednesday sentenced a former harbour clerk to five years in prison for stealing port fees.', ...FRAUD.slice(1)];
		expect(courtNamed(FRAUD_TITLE, lead, 'The court ordered the confiscation of a holiday flat.', ['Coimbra'])).toBe('The Coimbra court ordered the confiscation of a holiday flat.');
	});

	it('leaves "The court" where the article tells of another court it may mean', () => {
		const other = [...FRAUD.slice(0, 4), 'A court in Aveiro had cleared him of a similar charge in 2019.'];
		expect(courtNamed(FRAUD_TITLE, other, 'The court ordered the confiscation of a holiday flat.', ['Coimbra', 'Aveiro'])).toBe('The court ordered the confiscation of a holiday flat.');
		const higher = [...FRAUD.slice(0, 4), 'Prosecutors may still take the case to the Supreme Court.'];
		expect(courtNamed(FRAUD_TITLE, higher, 'The court ordered the confiscation of a holiday flat.', ['Coimbra'])).toBe('The court ordered the confiscation of a holiday flat.');
	});

	it('leaves "The court" where the lead gives it only a nationality', () => {
		const lead = ['A Portuguese court on Wednesday sentenced a former harbour clerk to five years in prison for stealing port fees.', ...FRAUD.slice(1)];
		expect(courtNamed(FRAUD_TITLE, lead, 'The court ordered the confiscation of a holiday flat.', ['Coimbra'])).toBe('The court ordered the confiscation of a holiday flat.');
	});
});

describe('y36a: a court story’s bare “the case” is the case against its lead’s one defendant (R4)', () => {
	it('writes "The case against <name>" for the one person the lead says was found guilty', () => {
		expect(courtNamed(FRAUD_TITLE, FRAUD, 'The case came to light in 2022 after an auditor noticed the gap.', ['Coimbra'])).toBe('The case against Rui Almeida Santos came to light in 2022 after an auditor noticed the gap.');
	});

	it('leaves "the case" where the lead sentences two people, or the article tells of another case', () => {
		const two = [FRAUD[0], `${FRAUD[1]} Marta Lopes Vieira, 47, his deputy, was also convicted of forgery.`, ...FRAUD.slice(2)];
		expect(courtNamed(FRAUD_TITLE, two, 'The case came to light in 2022.', ['Coimbra'])).toBe('The case came to light in 2022.');
		const another = [...FRAUD, 'Prosecutors said a separate case against the harbour office was still open.'];
		expect(courtNamed(FRAUD_TITLE, another, 'The case came to light in 2022.', ['Coimbra'])).toBe('The case came to light in 2022.');
	});

	it('asks the written stem: "the case against <name>" names whose case', () => {
		const stems = stemsMatching(FRAUD_TITLE, FRAUD, /^The (?:case against Rui Almeida Santos came to light|court in Coimbra ordered the confiscation)/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.check === '')).toBe(true);
	});
});

const ARREST_TITLE = 'Police arrest three over theft of copper cable from rail depot';
const ARREST = [
	'Police in Kastoria have arrested three men on suspicion of stealing copper cable from a railway depot, officers said on Friday.',
	'The suspects, aged between 22 and 41, were held in dawn raids on two farms near Argos Orestiko.',
	'Officers recovered about 1.2 tonnes of cable, a cutting saw and a flatbed lorry.',
	'The depot’s manager, Nikos Karras, said thefts had cost the railway company about €95,000 this year.'
];

describe('y36a: a police story’s “The suspects” is the group its first sentence says was arrested (R4)', () => {
	it('writes the count and what for after "The suspects"', () => {
		expect(courtNamed(ARREST_TITLE, ARREST, 'The suspects, aged between 22 and 41, were held in dawn raids.')).toBe(
			'The three suspects arrested on suspicion of stealing copper cable from a railway depot, aged between 22 and 41, were held in dawn raids.'
		);
	});

	it('leaves "The suspects" where the article tells of more arrests, and "The women" of a group of men', () => {
		const more = [...ARREST, 'Officers arrested two more men on Sunday.'];
		expect(courtNamed(ARREST_TITLE, more, 'The suspects were held in dawn raids.')).toBe('The suspects were held in dawn raids.');
		expect(courtNamed(ARREST_TITLE, ARREST, 'The women were held in dawn raids.')).toBe('The women were held in dawn raids.');
	});

	it('asks the written stem: "The three suspects arrested on suspicion of ..." says which suspects', () => {
		const stems = stemsMatching(ARREST_TITLE, ARREST, /^The three suspects arrested on suspicion of stealing copper cable from a railway depot, aged between 22 and 41, were held in dawn raids on two farms/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.check === '')).toBe(true);
	});
});
