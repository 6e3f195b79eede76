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
		const stems = stemsMatching(ARREST_TITLE, ARREST, /^The three suspects arrested on suspicion of stealing copper cable from a railway depot, aged between 22 and 41, were held in dawn raids on (?:two|_____) farms/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.check === '')).toBe(true);
	});
});

const TRIAL_TITLE = 'Former charity director jailed over £400,000 grant fraud';
const TRIAL = [
	'A former director of the Moorside Wildlife Trust was jailed for four years on Monday after a jury found she had kept grant money meant for nesting sites.',
	'Helen Castleford, 49, of Mill Lane, Otterburn, was convicted at Newcastle Crown Court of fraud and false accounting.',
	'The trial lasted three weeks and the jury deliberated for six hours before returning its verdict.',
	'The fraud came to light in March 2022 when a volunteer noticed that two of the nesting sites did not exist.'
];

describe('c40: a court story’s bare “the trial” and “the fraud” are its lead’s one defendant’s (R4)', () => {
	it('writes "The trial of <name>" and "<name>’s fraud" where the second sentence names the one defendant', () => {
		expect(courtNamed(TRIAL_TITLE, TRIAL, 'The trial lasted _____ weeks and the jury deliberated for six hours.', ['Otterburn', 'Newcastle'])).toBe('The trial of Helen Castleford lasted _____ weeks and the jury deliberated for six hours.');
		expect(courtNamed(TRIAL_TITLE, TRIAL, 'The fraud came to light in _____ when a volunteer found the gap.', ['Otterburn', 'Newcastle'])).toBe('Helen Castleford’s fraud came to light in _____ when a volunteer found the gap.');
	});

	it('leaves them where the article tells of another trial or fraud, or the lead tells of no fraud', () => {
		const retrial = [...TRIAL, 'A retrial of her former deputy is due in the autumn.'];
		expect(courtNamed(TRIAL_TITLE, retrial, 'The trial lasted _____ weeks.', ['Otterburn', 'Newcastle'])).toBe('The trial lasted _____ weeks.');
		const separate = [...TRIAL, 'Police are investigating a separate fraud at a second charity.'];
		expect(courtNamed(TRIAL_TITLE, separate, 'The fraud came to light in _____.', ['Otterburn', 'Newcastle'])).toBe('The fraud came to light in _____.');
		const cleared = [...TRIAL, 'Her sister, who was also charged, was cleared of money laundering.'];
		expect(courtNamed(TRIAL_TITLE, cleared, 'The fraud came to light in _____.', ['Otterburn', 'Newcastle'])).toBe('The fraud came to light in _____.');
		const theft = ['A former director of the Moorside Wildlife Trust was jailed for four years on Monday for stealing grant money meant for nesting sites on the moors.', 'Helen Castleford, 49, of Mill Lane, Otterburn, was convicted at Newcastle Crown Court of theft.', ...TRIAL.slice(2, 3)];
		expect(courtNamed('Former charity director jailed over stolen grants', theft, 'The scheme ran for _____ years.', ['Otterburn', 'Newcastle'])).toBe('The scheme ran for _____ years.');
	});

	it('leaves them where the lead convicts two people', () => {
		const two = [TRIAL[0], `${TRIAL[1]} Mark Castleford, 51, her husband, was convicted of money laundering.`, ...TRIAL.slice(2)];
		expect(courtNamed(TRIAL_TITLE, two, 'The trial lasted _____ weeks.', ['Otterburn', 'Newcastle'])).toBe('The trial lasted _____ weeks.');
	});

	it('asks the written stem: the trial named, with the trial’s jury, passes R4', () => {
		const stems = stemsMatching(TRIAL_TITLE, TRIAL, /^(?:The trial of Helen Castleford lasted|Helen Castleford’s fraud came to light)/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.check === '')).toBe(true);
	});
});
