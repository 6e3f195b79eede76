import { describe, expect, it } from 'vitest';
import { wholeSharedSurnames } from '../../src/lib/quiz/shared-surnames';
import { demonstrativeQuote, unnamedPerson } from '../../src/lib/quiz/unowned';

// two invented people of one surname: the mother named in the lead, the daughter later
const shared = new Map([
	[
		'Okonjo',
		[
			{ full: 'Adaeze Okonjo', at: 0 },
			{ full: 'Ifeoma Okonjo', at: 6 }
		]
	]
]);

describe('a quote keeps its speaker’s words when a stem writes a shared surname in full (t59q court, R6)', () => {
	it('leaves "Mrs Okonjo" inside a quote as the speaker said it', () => {
		expect(wholeSharedSurnames(shared, 3, 'Who said “Mrs Okonjo accepts that she was wrong”?')).toBe('Who said “Mrs Okonjo accepts that she was wrong”?');
		expect(wholeSharedSurnames(shared, 3, 'Tariq Bell said: "Okonjo never hid a penny."')).toBe('Tariq Bell said: "Okonjo never hid a penny."');
		// a quote the sentence splitter left open runs to the end of the stem
		expect(wholeSharedSurnames(shared, 3, '“Mrs Okonjo is a changed woman')).toBe('“Mrs Okonjo is a changed woman');
	});

	it('still writes a bare mention outside the quote in full', () => {
		expect(wholeSharedSurnames(shared, 3, 'Mrs Okonjo told the court she was “sorry Okonjo Foods failed”.')).toBe('Adaeze Okonjo told the court she was “sorry Okonjo Foods failed”.');
		expect(wholeSharedSurnames(shared, 3, 'Okonjo was fined _____ pounds.')).toBe('Adaeze Okonjo was fined _____ pounds.');
	});
});

describe('a person by their place in a family is a role the stem never names (t59q court, R4)', () => {
	it('refuses "the father", "the daughter", "the wife" in a question of people', () => {
		expect(unnamedPerson('Who said the father had shown "a disregard for the rules"?')).toBe(true);
		expect(unnamedPerson('Who said the daughter would sell the farm?')).toBe(true);
		expect(unnamedPerson('Who told reporters the wife had known nothing of the loans?')).toBe(true);
	});

	it('passes a family noun that says whose or is followed by a name', () => {
		expect(unnamedPerson('Who said the father of Tomasz Wren had paid?')).toBe(false);
		expect(unnamedPerson('Who said the brother Tomasz Wren had paid?')).toBe(false);
		expect(unnamedPerson('Who said her father had paid?')).toBe(false);
		// the speaker's own words are theirs
		expect(unnamedPerson('Who said “the father is not to blame”?')).toBe(false);
	});
});

describe('a quote that opens on a demonstrative and its noun leans on the sentence before (t59q court, R4)', () => {
	it('refuses "three of those sites", "most of these schools", "those families"', () => {
		expect(demonstrativeQuote('Lena Voss said: “Three of those sites are still closed.”')).toBe(true);
		expect(demonstrativeQuote('Omar Kell said: "Most of these schools were built for 300 pupils."')).toBe(true);
		expect(demonstrativeQuote('Who said “Those families were never told”?')).toBe(true);
	});

	it('passes a pronoun, a conjunction or a demonstrative later in the quote', () => {
		expect(demonstrativeQuote('Who said “Those are the rules”?')).toBe(false);
		// a near demonstrative alone points at what the speaker has in hand, and the holdout readers kept such quotes
		expect(demonstrativeQuote('Who said “These numbers are not acceptable”?')).toBe(false);
		expect(demonstrativeQuote('Who said “This isn’t only about money”?')).toBe(false);
		expect(demonstrativeQuote('Who said “This one feels different”?')).toBe(false);
		expect(demonstrativeQuote('Lena Voss said: “Those who stay will be paid.”')).toBe(false);
		expect(demonstrativeQuote('Lena Voss said: “We will close this site in May.”')).toBe(false);
		expect(demonstrativeQuote('Lena Voss said those sites were closed.')).toBe(false);
	});
});
