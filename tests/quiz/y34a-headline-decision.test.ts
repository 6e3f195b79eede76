import { describe, expect, it } from 'vitest';
import { reportOf, written, stemsMatching } from './report';

const TITLE = 'Councillors approve 180 homes on edge of Brackley village despite objections';
const BODY = [
	'Plans for 180 homes on farmland at the edge of Brackley have been approved by West Marsh District Council after a three-hour meeting on Tuesday evening.',
	'The planning committee voted six to three in favour of the scheme by Fenwold Homes, which had drawn 640 letters of objection.',
	'Residents said the village school was already full and the lanes could not take the extra traffic.',
	'The decision comes as the government presses councils in England to build 1.5 million homes by 2029.',
	'Fenwold Homes has agreed to pay £2.1m towards a new classroom block at the village school.'
];

describe('y34a: a bare "the decision" is the headline’s one decision (R4)', () => {
	it('"The decision comes as" is written "The decision to approve 180 homes comes as" and kept', () => {
		const stems = stemsMatching(TITLE, BODY, /comes as the government presses/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((w) => /^The decision to approve 180 homes comes as/.test(w.stem))).toBe(true);
		// its stems pass; the picker may leave them out, as "180 homes" in them gives away the lead's count, which is asked since no play screen shows the headline with an item (h40)
		expect(reportOf(TITLE, BODY).passedIn).toContain(3);
	});

	it('a singular object the headline writes bare takes "the"', () => {
		const stems = stemsMatching('Councillors reject 90-bed care home plan near Ashcombe after protest', BODY, /comes as the government presses/);
		expect(stems.every((w) => /^The decision to reject the 90-bed care home plan comes as/.test(w.stem))).toBe(true);
	});

	it('stays unnamed where the body tells of another decision, which it may mean', () => {
		const body = [...BODY.slice(0, 3), 'A decision on a second site at Holme Farm is due in the spring.', ...BODY.slice(3)];
		const stems = stemsMatching(TITLE, body, /comes as the government presses/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((w) => /decision to/.test(w.stem))).toEqual([]);
	});

	it('stays unnamed where the headline’s verb takes a particle, no object', () => {
		const stems = stemsMatching('Floods cut off villages near Brackley after record rain', BODY, /comes as the government presses/);
		expect(stems.filter((w) => /decision to/.test(w.stem))).toEqual([]);
	});
});
