import { describe, expect, it } from 'vitest';
import { reportOf, written } from './report';

const plans = [
	'Councillors in Ashcombe have approved 480 homes on farmland north of the town after a four-hour meeting on Tuesday.',
	'The developer, Stonebridge Homes, first put forward plans for the site in 2023.',
	'Stonebridge Homes said it would start building next spring.',
	'Its managing director, Colin Farrant, said the company had changed the plans 11 times after talking to residents.'
];

describe('an opening "Its" is written as the owner\'s possessive, in the article\'s form (R1)', () => {
	it('writes "Stonebridge Homes\' managing director", never "Homes\'s", where the article writes no "Homes\'s"', () => {
		const stems = written(reportOf('Ashcombe approves 480 homes on farmland', plans)).map((w) => w.stem).filter((s) => /managing director/.test(s));
		expect(stems.length).toBeGreaterThan(0);
		for (const stem of stems) expect(stem).toMatch(/^Stonebridge Homes' managing director/);
	});
});
