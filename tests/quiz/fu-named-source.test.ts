import { describe, expect, it } from 'vitest';
import { findingSource } from '../../src/lib/quiz/simplify';
import { reportOf, written } from './report';

const TITLE = 'Ferry strike strands island commuters for a second day';
const story = (tail: string) => [
	'Ferry crews on the Kelby crossing walked out for a second day on Tuesday, cancelling 46 sailings and stranding island commuters.',
	'The union Nautilus said 130 crew members had joined the strike over a pay offer of 2.5%.',
	`Coach firms ran extra services to the mainland airport, and about 2,400 people were expected to work from home${tail}.`,
	'The ferry company said it hoped talks would resume next week.'
];

describe('fu: a figure credited to a named body or person keeps its source (R6)', () => {
	it('reads ", according to <Name>" as a source, in its several forms', () => {
		for (const tail of [', according to the Kelby Chamber of Commerce', ', according to Kantar’s figures', ', according to Dr Ruth Mensah', ', according to The Island Gazette']) expect(findingSource(tail)).toBe(true);
	});

	it('does not read a source named by a common noun alone, which a lead’s figure stands without', () => {
		for (const tail of [', according to police', ', according to officials', ', according to local reports']) expect(findingSource(tail)).toBe(false);
	});

	it('never writes the figure with its named source cut off', () => {
		for (const tail of [', according to the Kelby Chamber of Commerce', ', according to Island Transport Watch']) {
			const stems = written(reportOf(TITLE, story(tail))).map((w) => w.stem).filter((s) => /work from home/.test(s));
			expect(stems.filter((s) => !s.includes('according to'))).toEqual([]);
		}
	});
});
