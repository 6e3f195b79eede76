import { describe, expect, it } from 'vitest';
import { kept } from './report';

// an invented charity story whose lead holds the name back to its second sentence
const TITLE = 'Homework club charity to open in 25 libraries after grant';
const LEAD = 'A charity that runs free homework clubs in public libraries across Cumbria is to open in 25 more branches after winning a £640,000 grant, its director said on Monday.';
const NAMED = 'Desk Lamp, which now helps about 900 pupils a week in 12 libraries, will hire tutors for the new clubs from January.';
const PAD = 'Volunteers said parents had asked for the clubs to stay open later on winter evenings, when many pupils have nowhere quiet to work.';

describe('An organisation the lead names only in its second sentence (QUALITY.md R4)', () => {
	it('writes the charity’s name in for "The charity"', () => {
		const stems = kept(TITLE, [LEAD, NAMED, PAD, 'The charity will recruit 34 tutors and is asking for about 200 volunteers.']);
		expect(stems.some((s) => /^Desk Lamp will recruit (?:34|_____) tutors/.test(s))).toBe(true);
		expect(stems.some((s) => /^The charity will recruit/.test(s))).toBe(false);
	});

	it('writes no name in where the body tells of another charity', () => {
		const stems = kept(TITLE, [LEAD, NAMED, 'A second charity has offered to run reading groups in the same branches.', PAD, 'Library staff will be trained to welcome the tutors over the autumn half-term, the county said.', 'The charity will recruit 34 tutors and is asking for about 200 volunteers.']);
		expect(stems.some((s) => /^Desk Lamp will recruit/.test(s))).toBe(false);
	});
});

describe('A start-up the headline describes before its name (QUALITY.md R4)', () => {
	it('writes the start-up’s name in for "The company"', () => {
		const stems = kept('Lyon start-up Ferrovia raises €40m for rail scheduling software', [
			'Ferrovia, a Lyon-based rail software start-up, has raised €40m from investors to sell its scheduling tools to train operators.',
			'Volunteers and staff said the money would pay for a larger office and more engineers over the coming two years.',
			'The company said its software now ran on 210 trains every day.'
		]);
		expect(stems.some((s) => /^Ferrovia said its software now ran on (?:210|_____) trains/.test(s))).toBe(true);
	});
});
