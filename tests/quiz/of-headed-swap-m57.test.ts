import { describe, expect, it } from 'vitest';
import { itemsOf } from './report';

const title = 'Avonford University to cut 200 jobs';

/** A university story naming a council leader and, elsewhere, two bodies whose names take "the". */
const paragraphs = [
	'Avonford University is to cut 200 jobs and close two departments, its vice-chancellor said on Monday.',
	'Cllr Joan Mercer, leader of Avonford City Council, said she had written to the minister asking for urgent talks.',
	'A Department for Education spokesperson said universities were responsible for their own finances.',
	'The university has told the Office for Students about its plans, and Northgate Housing Trust said it would buy two of its buildings.',
	'"This is a dark day for the city," Mercer said.',
	'Northgate Housing Trust said it would buy two of the buildings for £4.5m.',
	'Union official Grace Adeyemi said staff had been told nothing about the closures until Monday.'
];

describe('a false statement swaps in a body whose name takes "the" only where the stem gives it one (R1)', () => {
	const stems = itemsOf(title, paragraphs, 20)
		.filter((i) => i.type === 'true-false')
		.map((i) => i.stem);

	it('never writes "leader of Department for Education" nor opens on "Office for Students said"', () => {
		for (const stem of stems) expect(stem).not.toMatch(/(?:^|\b(?:of|to|by|from|at|with|in)\s)(?:Department|Office) for\b/);
	});

	it('still swaps a body into a slot that fits it', () => {
		expect(stems).toContain('An Avonford City Council spokesperson said universities were responsible for their own finances.');
	});
});
