import { describe, expect, it } from 'vitest';
import { relativeClauses } from '../../src/lib/quiz/clauses';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { checksOf, stemsMatching, story } from './report';

describe('q40: an option the source sentence gives is one it gives as a word', () => {
	it('does not read the distractor "ten" in "sentenced" (R3)', () => {
		// the lead of a dev-set court story: "ten", a distractor of "seven", was found inside "sentenced"
		const paragraphs = [
			"LYON, March 3 (Reuters) - France's Criminal Court on Monday sentenced the former chairman of solar developer Rhône Énergie to seven years in prison for defrauding taxpayers of 12.4 million euros ($13.1 million) in green subsidies, in one of the largest cases of its kind in the country.",
			'Judges found that Pierre Durand, 61, and two other former managers inflated the output of nine solar parks.',
			'The court also banned him from running a company for 15 years.'
		];
		expect(checksOf('French court jails solar executives over subsidy fraud', paragraphs, /to _____ years in prison/)).not.toContain('R3');
	});
});

describe('q40: "which" hangs on a noun phrase, never on a whole clause (R1)', () => {
	it('"The inquiry has renewed scrutiny of Italy\'s grid regulator, which fined ..." states what the regulator did', () => {
		// a dev-set stem ran the clause into the relative: "... has drawn attention to oversight of Spain's regime paid out about _____"
		const sentence = "The inquiry has renewed scrutiny of Italy's grid regulator, which fined operators about 2.3 billion euros in 2024, according to official figures.";
		const texts = relativeClauses(sentence, sentence.length - 1, extractFacts(sentence)).map((c) => c.text);
		expect(texts).toEqual(["Italy's grid regulator fined operators about 2.3 billion euros in 2024"]);
	});
});

describe('q40: a results lead with a day before its verb names the story company', () => {
	const paragraphs = [
		'SEOUL, Feb 5 (Reuters) - Daejin Cathode Works, a South Korean maker of battery materials, on Thursday reported its first quarterly operating profit in two years, helped by orders for grid storage.',
		'The Ulsan-based company posted an operating profit of 31.4 billion won for the October-December quarter, compared with a loss of 88.1 billion won a year earlier.',
		'The company said revenue rose 7.2% to 1.2 trillion won.'
	];
	it('reads "Daejin Cathode Works" as the company, though a tagger may read it as a person', () => {
		expect(story("South Korea's Daejin Cathode Works swings to quarterly profit", paragraphs)).toBe('Daejin Cathode Works [company]');
	});
	it('names the company in "The Ulsan-based company posted ..." (R4 no more)', () => {
		const checks = checksOf("South Korea's Daejin Cathode Works swings to quarterly profit", paragraphs, /operating profit of (?:_____|31\.4 billion won)(?: billion won)? for the October-December quarter/);
		expect(checks).toContain('');
	});
	it('drops the apposition with both its commas before "on Thursday reported" (R1)', () => {
		const stems = stemsMatching("South Korea's Daejin Cathode Works swings to quarterly profit", paragraphs, /on Thursday reported/).map((w) => w.stem);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => s.includes('Works, on'))).toEqual([]);
	});
});

describe('q40: a phrase after an interjected attribution is the clause’s object, never cut (R1)', () => {
	it('keeps "a kind of loneliness" after "but also, he admitted,"', () => {
		const sentence = 'The collapse of the old regime in 1991 gave him new freedoms but also, he admitted, a kind of loneliness.';
		const texts = simplify(sentence, extractFacts(sentence)).map((c) => c.text);
		expect(texts.filter((t) => /admitted$/.test(t))).toEqual([]);
		expect(texts).toContain('The collapse of the old regime in 1991 gave him new freedoms but also, he admitted, a kind of loneliness');
	});
});
