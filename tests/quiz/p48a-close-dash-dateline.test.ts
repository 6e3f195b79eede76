import { describe, expect, it } from 'vitest';
import { DATELINE } from '../../src/lib/quiz/facts';
import { itemsOf } from './report';

const TITLE = 'Cedarville school board approves new high school on former fairground';
const BOARD = [
	'CEDARVILLE, Iowa—Cedarville Community School District voted 5-2 to build a $41 million high school beside the county fairground.',
	'The new school will hold about 1,300 students and is due to open in 2029, board chair Linda Kowalczyk said.',
	'Board member Raymond Oduya, who voted against the plan, said the site was too far from the town centre.',
	'Parents packed the meeting, and more than 200 people signed up to speak.'
];

describe('p48a: a dateline whose dash is set close to the story is no part of a stem (R1, R7)', () => {
	it('reads "CEDARVILLE, Iowa—" as a dateline, and "NATO-led" as none', () => {
		expect(DATELINE.exec('CEDARVILLE, Iowa—The board voted.')?.[0]).toBe('CEDARVILLE, Iowa—');
		expect(DATELINE.exec('NATO-led troops arrived on Monday.')).toBeNull();
	});

	it('asks the lead without its dateline', () => {
		const lead = itemsOf(TITLE, BOARD).filter((i) => i.source.sentence === 0);
		expect(lead.length).toBeGreaterThan(0);
		for (const item of lead) expect(item.stem).not.toMatch(/CEDARVILLE|Iowa—/);
	});
});
