import { describe, expect, it } from 'vitest';
import { filler, stemsMatching } from './report';

const TITLE = 'Dunmore council approves footbridge after years of argument';
const PARAGRAPHS = [
	'The Dunmore town council voted 6 to 3 on Monday to approve a new cycle bridge across the Tollan River, ending an argument that began in 2016.',
	'The bridge will cost £3.8 million and is expected to open in October 2028, according to the council.',
	'Mayor Ruth Okafor said the project would take cars off the old ford.',
	'About 2,200 cyclists are expected to use the bridge every day, the council said.'
];

describe('fix35: a thing the lead puts across or in a named place is named by that place (R4)', () => {
	it('writes "The bridge will cost" as "The new cycle bridge across the Tollan River will cost" and keeps it', () => {
		const stems = stemsMatching(TITLE, PARAGRAPHS, /will cost/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.stem.startsWith('The new cycle bridge across the Tollan River will cost'))).toBe(true);
		expect(stems.some((s) => s.check === '')).toBe(true);
	});

	it('leaves a noun put "in" a month unplaced ("a vote in March" is no place)', () => {
		const stems = stemsMatching('Harlow council delays vote on car park', ['Harlow District Council will hold a special vote in March on plans for a multi-storey car park.', 'The vote was delayed after 340 objections were received, the council said.', 'The council said the car park would have 450 spaces.', ...filler], /objections were received/);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.filter((s) => /in March/.test(s.stem))).toEqual([]);
	});
});
