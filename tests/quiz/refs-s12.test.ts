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

describe('"the company" a reported speaker says, written as the body the article gives them', () => {
	const title = 'Quay wall collapses at Portlow harbour';
	const paragraphs = [
		'Part of a quay wall collapsed at Portlow harbour on Monday night, sinking two fishing boats.',
		'The wall was rebuilt in 2019 by Harbour Dredging Ltd, which is owned by the listed builder Castmoor Group.',
		'“We are working with the harbour board to find out what went wrong,” Harbour Dredging chief executive Tom Rusk told reporters.',
		'Castmoor shares fell 6 per cent in London.',
		// "the Portlow quay wall", not "the wall": the headline's wall is no referent for a stem read alone (QUALITY.md R4)
		'Rusk said the company would pay for 14 replacement moorings while the Portlow quay wall is rebuilt.'
	];

	it('writes in the speaker’s company, though the article names two companies', () => {
		const stems = itemsOf(title, paragraphs)
			.map((i) => i.stem)
			.filter((s) => s.includes('replacement moorings'));
		expect(stems.length).toBeGreaterThan(0);
		for (const s of stems) expect(s).toMatch(/Rusk said Harbour Dredging would pay/);
	});

	it('asks nothing of "the company" when the article ties the speaker to two companies', () => {
		const two = paragraphs.map((p) => p.replace('told reporters.', 'told reporters. Rusk, Castmoor’s operations director, said the group would help.'));
		const stems = itemsOf(title, two)
			.map((i) => i.stem)
			.filter((s) => s.includes('replacement moorings'));
		for (const s of stems) expect(s).not.toMatch(/Rusk said (?:the company|Harbour Dredging|Castmoor)/);
	});
});
