import { describe, expect, it } from 'vitest';
import { statesAge } from '../../src/lib/quiz/anchors';

// the pattern statesAge stood for, built afresh for each person: the reading it must keep
const byPattern = (body: string, surname: string, age: string | undefined) => {
	const years = age ?? String.raw`\d{1,3}`;
	return new RegExp(String.raw`\b${surname}, (?:the )?${years}\b|\b${years}-year-old (?:[\p{L}-]+ ){0,3}?(?:\p{Lu}[\p{L}\p{M}’'-]+ )*${surname}\b`, 'u').test(body);
};

const bodies = [
	'Harbour master Ilse Brandvold, 58, said the pier would reopen.',
	'Brandvold, the 58-year-old harbour master, said the pier would reopen.',
	'The 58-year-old harbour master Ilse Brandvold said the pier would reopen.',
	'Brandvold, 1958 graduate of the academy, spoke first.',
	'Brandvold, 58a of the register, was listed.',
	'Brandvold, the 5, was late.',
	'Brandvold, 7, and her brother Ørjan Brandvold, 12, swam out.',
	'Ørjan, 12, swam out with Ødegård, 9, and xØdegård, 9, waited.',
	'The Brandvolds, 58, and MacBrandvold, 58, were named.',
	'Brandvold,58 was written without a space, and Brandvold, 58_ with a mark.',
	'A 58-year-old ferry worker named Brandvold was hurt; the 61-year-old pilot Sten Ruud was not.',
	'Ruud’s father, 61, the 61-year-old O’Neill-Ruud and Dag Ruud, 61.'
];
const cases: [string, string | undefined][] = [
	['Brandvold', '58'],
	['Brandvold', undefined],
	['Brandvold', '5'],
	['Ødegård', '9'],
	['Ørjan Brandvold', '12'],
	['Ruud', '61'],
	['Ruud', undefined],
	['O’Neill-Ruud', '61']
];

describe('whether an article gives a person an age', () => {
	for (const body of bodies) {
		it.each(cases)(`${body} (%s, %s)`, (surname, age) => {
			expect(statesAge(body, surname, age)).toBe(byPattern(body, surname, age));
		});
	}

	it('reads "<surname>, 58" and "the 58-year-old ... <surname>", and no longer number', () => {
		expect(statesAge('Harbour master Ilse Brandvold, 58, said the pier would reopen.', 'Brandvold', '58')).toBe(true);
		expect(statesAge('The 58-year-old harbour master Ilse Brandvold said so.', 'Brandvold', undefined)).toBe(true);
		expect(statesAge('Brandvold, 1958 graduate of the academy, spoke first.', 'Brandvold', undefined)).toBe(false);
	});
});
