import { describe, expect, it } from 'vitest';
import { namedAfterRole, reportedSpeech } from '../../src/lib/quiz/spoken';
import { itemsOf } from './report';

/** The true/false stems (both sides) on who said a statement whose source sentence includes `words`, over ten seeds. */
function saidStems(title: string, paragraphs: string[], words: string): Set<string> {
	return new Set(
		itemsOf(title, paragraphs)
			.filter((i) => i.type === 'true-false' && i.source.text.includes(words))
			.map((i) => `${i.key === 0 ? 'T' : 'F'}: ${i.stem}`)
	);
}

describe('a lone speaker’s words, made false by a person who speaks with another verb than “said”', () => {
	const nurses = [
		'Hospital waiting lists in Ireland rose to 712,000 people at the end of June, figures showed.',
		'“You cannot run down a waiting list when your beds are full of patients on trolleys,” said Siobhán Kearney, the union’s director of industrial relations.',
		'The health service spent €440 million on waiting list initiatives over the past three years.',
		'Frank Delaney, general secretary of the Irish Medical Organisation, called the figures “a damning indictment of a decade of underinvestment”.'
	];

	it('names the one who “called” the figures something as the false sayer', () => {
		expect(saidStems('Waiting lists rise again', nurses, 'beds are full')).toEqual(
			new Set([
				'T: Siobhán Kearney said: “You cannot run down a waiting list when your beds are full of patients on trolleys.”',
				'F: Frank Delaney said: “You cannot run down a waiting list when your beds are full of patients on trolleys.”'
			])
		);
	});

	it('gives no item where the only other person is named after “of”, no subject of the verb', () => {
		const met = [...nurses.slice(0, 3), 'Critics of Frank Delaney, general secretary of the Irish Medical Organisation, called the figures “misleading”.'];
		expect(saidStems('Waiting lists rise again', met, 'beds are full')).toEqual(new Set());
	});
});

describe('a name set off by commas after a role phrase is a person’s', () => {
	const asylum = [
		'Germany received 30 percent fewer first-time asylum applications in the first half of the year, official figures showed.',
		'A spokesperson for the Federal Interior Ministry, Katrin Möllenhoff, said the decline was the result of consistent policy.',
		'“We are reducing irregular migration while keeping our humanitarian obligations,” Möllenhoff told reporters.',
		'The refugee charity’s managing director, Thandeka Reinhardt, said people were simply stuck in Libya and Turkey.'
	];

	it('asks who said a quote of the spokesperson, whose first name the lexicon lacks', () => {
		expect(saidStems('Asylum applications fall', asylum, 'irregular migration')).toEqual(
			new Set([
				'T: Katrin Möllenhoff said: “We are reducing irregular migration while keeping our humanitarian obligations.”',
				'F: Thandeka Reinhardt said: “We are reducing irregular migration while keeping our humanitarian obligations.”'
			])
		);
	});

	it('reads the role phrase, not any phrase before a comma', () => {
		expect(namedAfterRole('A hospital spokeswoman, Sister Theresia ToKavai, said the facility was running on generators.', 'Theresia ToKavai')).toBe(true);
		expect(namedAfterRole("The show's executive producer, Funmi Oyebanjo, told reporters it belonged at home.", 'Funmi Oyebanjo')).toBe(true);
		expect(namedAfterRole('In Berlin on Tuesday, Katrin Möllenhoff said the decline would continue.', 'Katrin Möllenhoff')).toBe(false);
		expect(namedAfterRole("The group's owner, Halden Foods, said it would appeal.", 'Halden Foods')).toBe(false);
	});
});

describe('verbs of speech other than “said”', () => {
	it('reads the subject of “called”, “urged” and “warned”, past an appositive', () => {
		expect(reportedSpeech('Frank Delaney, general secretary of the IMO, called the figures “a damning indictment”.', 'Frank Delaney')).toBe('the figures “a damning indictment”.');
		expect(reportedSpeech('Dr. Priya Raman urged parents not to dilute formula.', 'Priya Raman')).toBe('parents not to dilute formula.');
	});

	it('reads no one named after a preposition or “and” as the speaker', () => {
		expect(reportedSpeech('Critics of Frank Delaney warned the plan would fail.', 'Frank Delaney')).toBeUndefined();
		expect(reportedSpeech('Officials and Frank Delaney urged calm.', 'Frank Delaney')).toBeUndefined();
		expect(reportedSpeech('Frank Delaney left the meeting early.', 'Frank Delaney')).toBeUndefined();
	});
});
