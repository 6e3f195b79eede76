import { describe, expect, it } from 'vitest';
import { decisionMaker } from '../../src/lib/quiz/decisions';
import type { Sentence } from '../../src/lib/quiz/types';
import { filler, reportOf, written } from './report';

/** Every stem a report wrote, with the check it failed ('' when it passed). */
function stems(title: string, paragraphs: string[]): { stem: string; check: string }[] {
	return written(reportOf(title, paragraphs)).map((w) => ({ stem: w.stem, check: w.check }));
}

const RULING = [
	'The Federal Appeals Court on Tuesday ruled that the city must reopen the Harlow Street shelter, a decision that housing groups called long overdue.',
	'The shelter, which has 120 beds, was closed in March after a dispute over its lease.',
	'The decision means about 120 families can return to the shelter by the end of June.'
];

describe('"The decision" of the one body an article says decided (QUALITY.md R4)', () => {
	it('writes "The decision" as the body’s decision', () => {
		const all = stems('Court orders city to reopen shelter', [...RULING, ...filler]);
		expect(all.some((w) => w.check === '' && w.stem.startsWith("The Federal Appeals Court's decision means about _____ families can return"))).toBe(true);
	});

	it('leaves "The decision" when another body decided before it', () => {
		const other = [RULING[0], 'The shelter, which has 120 beds, was closed in March after the Harlow Housing Board voted to sell its lease.', RULING[2]];
		const all = stems('Court orders city to reopen shelter', [...other, ...filler]);
		expect(all.some((w) => /^The (?:Federal Appeals Court|Harlow Housing Board)'s decision/.test(w.stem))).toBe(false);
	});

	it('names no person as a deciding body, and stops at an earlier decision', () => {
		const text = (lines: string[]): Sentence[] => lines.map((line, index) => ({ index, paragraph: index, start: 0, end: line.length, text: line }));
		const person = text(['Judge Mary Okafor ruled that the shelter must reopen.', 'The decision was welcomed.']);
		expect(decisionMaker(person, person[person.length - 1])).toBeUndefined();
		const earlier = text([RULING[0], 'In 2019 the justices ruled the other way.', 'The decision was welcomed.']);
		expect(decisionMaker(earlier, earlier[earlier.length - 1])).toBeUndefined();
		const one = text([RULING[0], 'The decision was welcomed.']);
		expect(decisionMaker(one, one[one.length - 1])).toBe('Federal Appeals Court');
	});
});

describe('"The scheme" after the one "a ... scheme" earlier in its paragraph (QUALITY.md R4)', () => {
	const BIRDS = [
		'The number of nesting cranes on the Marrow estuary has risen for a fifth year, a survey found.',
		'Rangers count the birds each spring from six hides along the shore.',
		'Wardens credit the rise to a nest-guarding scheme that pays farmers to leave reed beds alone. Before the scheme began in 2016, foxes took most of the eggs laid on the Marrow.'
	];

	it('writes "the scheme" as the paragraph’s "nest-guarding scheme"', () => {
		const all = stems('Cranes return to the Marrow estuary', [...BIRDS, ...filler]);
		expect(all.some((w) => w.check === '' && w.stem.startsWith('Before the nest-guarding scheme began in'))).toBe(true);
	});

	it('leaves "the scheme" when the article spoke of a scheme before the one it introduces', () => {
		const other = [BIRDS[0], 'Rangers say the scheme has helped the birds, which they count each spring from six hides.', BIRDS[2]];
		const all = stems('Cranes return to the Marrow estuary', [...other, ...filler]);
		expect(all.some((w) => w.stem.startsWith('Before the nest-guarding scheme'))).toBe(false);
	});
});
