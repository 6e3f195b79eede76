import { describe, expect, it } from 'vitest';
import { withHeadlineNounPhrase } from '../../src/lib/quiz/in-view';
import { itemsOf } from './report';

describe('the faults of the one organisation a penalty headline names as fined', () => {
	const title = 'Watchdog fines Harlow Mutual Insurance £2.1m over claims-handling failings';
	const paragraphs = [
		'The Financial Conduct Authority has fined Harlow Mutual Insurance £2.1 million after finding serious failings in how it handled claims over four years.',
		'The Norwich-based insurer admitted seven breaches of the regulator’s rules between 2019 and 2023.',
		'According to the authority, the breaches included:',
		'- delaying payment on 318 flood claims by more than six months;',
		'- failing to tell 2,040 customers how to complain.'
	];

	it('writes the fined organisation in for "the breaches" of a list’s rows', () => {
		const stems = itemsOf(title, paragraphs)
			.map((i) => i.stem)
			.filter((s) => s.includes('flood claims'));
		expect(stems.length).toBeGreaterThan(0);
		for (const s of stems) expect(s).toContain('Harlow Mutual Insurance’s breaches included');
	});

	it('writes it in for "the breaches" of a stem, never for "the findings" (the regulator’s)', () => {
		expect(withHeadlineNounPhrase(title, paragraphs, 'The breaches went on for four years.')).toBe('Harlow Mutual Insurance’s breaches went on for four years.');
		expect(withHeadlineNounPhrase(title, paragraphs, 'The insurer accepted the findings in full.')).toBe('The insurer accepted the findings in full.');
	});

	it('leaves "the breaches" alone where the body gives them another owner, or in a quote', () => {
		const staff = [...paragraphs, 'Breaches by two brokers were referred to the police.'];
		expect(withHeadlineNounPhrase(title, staff, 'The breaches went on for four years.')).toBe('The breaches went on for four years.');
		expect(withHeadlineNounPhrase(title, paragraphs, 'A director said: “The breaches were never hidden.”')).toBe('A director said: “The breaches were never hidden.”');
	});

	it('leaves a headline with no penalty verb alone', () => {
		expect(withHeadlineNounPhrase('Harlow Mutual Insurance admits claims failings', paragraphs, 'The breaches went on for four years.')).toBe('The breaches went on for four years.');
	});
});
