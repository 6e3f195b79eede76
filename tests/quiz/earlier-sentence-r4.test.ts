import { describe, expect, it } from 'vitest';
import { continuesEarlier, ownerlessPackage, seatsWithoutBody } from '../../src/lib/quiz/continuations';
import { checksOf } from './report';

/** Every check of the stems matching `pattern`, at least one of them written. */
function checks(title: string, paragraphs: string[], pattern: RegExp): string[] {
	const found = checksOf(title, paragraphs, pattern);
	expect(found.length, String(pattern)).toBeGreaterThan(0);
	return found;
}

// Stems that lean on words of an earlier sentence, which R4 let through on the holdout172, holdout173 and dev174 sets (QUALITY.md R4).
describe('a stem that goes on from a sentence before it', () => {
	it('reads continuations, ordinals of a count and bare superlatives as pointing back, and their own-named forms as not', () => {
		expect(continuesEarlier('Further commissions followed – in Bergen, Cork and, in 1994, for the Tyne quayside.')).toBe(true);
		expect(continuesEarlier('More arrests were made in Tallinn on Friday.')).toBe(true);
		expect(continuesEarlier('Further details of the Tyne quayside scheme will be published in May.')).toBe(false);
		expect(continuesEarlier('More than 200 people attended the vigil in Cork.')).toBe(false);
		expect(continuesEarlier('A third victim, a 38-year-old lorry driver, died near Noia.')).toBe(true);
		expect(continuesEarlier('The fourth body was recovered from the river Tambre on Thursday.')).toBe(true);
		expect(continuesEarlier('The fifth victim, a 60-year-old fisherman, died in hospital.')).toBe(true);
		expect(continuesEarlier('A third defendant, bookkeeper Ann Lusk, 61, received a suspended sentence.')).toBe(false);
		expect(continuesEarlier('The second half began with Dunmore pressing.')).toBe(false);
		expect(continuesEarlier('The second phase of the Tyne scheme will cost £4m.')).toBe(false);
		expect(continuesEarlier('The smallest, Kettlebeck, has 19 pupils.')).toBe(true);
		expect(continuesEarlier('The oldest was 92.')).toBe(true);
		expect(continuesEarlier('The largest of the five, Holme Bridge, has 88 pupils.')).toBe(false);
		expect(continuesEarlier('The interest was paid in March.')).toBe(false);
	});

	it('reads a sum named by its amount alone as a package of nothing said, and one that says for what as whole', () => {
		expect(ownerlessPackage('An initial package of €_____ million is expected.')).toBe(true);
		expect(ownerlessPackage('A first tranche of $40m will be paid within weeks.')).toBe(true);
		expect(ownerlessPackage('An initial package of €40 million in flood aid from Madrid is expected.')).toBe(false);
		expect(ownerlessPackage('An emergency package of €40 million is expected.')).toBe(false);
	});

	it('reads seats whose body the cut left out as seats of nothing, and seats in a named body as whole', () => {
		const sentence = 'In the race for the seven-member town council, the Greens gained three seats to take a 5-2 majority.';
		expect(seatsWithoutBody('How many seats did the Greens gain to take a 5-2 majority?', sentence)).toBe(true);
		expect(seatsWithoutBody('The Greens gained three seats on the seven-member town council.', sentence)).toBe(false);
		expect(seatsWithoutBody('The Greens gained three seats.', 'The Greens gained three seats, their best result.')).toBe(false);
	});

	it('refuses each in a quiz, and keeps the stems that name what they lean on', () => {
		const floods = [
			'Four people have died and hundreds have been evacuated after floods swept through northern Galicia on Tuesday.',
			'Two of the dead, a 71-year-old man and his wife, were found in their flooded home in Lousame on Wednesday.',
			'A third victim, a 38-year-old lorry driver, died when his lorry was swept off a road near Noia on Tuesday evening.',
			'The regional government has promised emergency aid for the flooded towns. An initial package of €40 million is expected.'
		];
		expect(checks('Floods kill four in northern Galicia', floods, /^A third victim/)).not.toContain('');
		expect(checks('Floods kill four in northern Galicia', floods, /^An initial package/)).not.toContain('');
		const schools = [
			'The Fellside Learning Trust will merge five village primary schools in north Dalesshire into two, after pupil numbers fell by a quarter.',
			'The smallest, Kettlebeck, has 19 pupils aged four to 11, taught in one class.',
			'The largest of the five, Holme Bridge, has 88 pupils.',
			'In the race for the seven-member town council, the Greens gained three seats to take a 5-2 majority.'
		];
		expect(checks('Trust to merge five village schools', schools, /^The smallest/)).not.toContain('');
		expect(checks('Trust to merge five village schools', schools, /majority/)).not.toContain('');
		expect(checks('Trust to merge five village schools', schools, /^The largest of the five/)).toContain('');
	});
});
