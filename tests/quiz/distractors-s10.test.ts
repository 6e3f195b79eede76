import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { itemsOf } from './report';

/** Every option and false-statement name the generator offers for items whose key is a person. */
function personOptions(title: string, paragraphs: string[]): Set<string> {
	const out = new Set<string>();
	for (const i of itemsOf(title, paragraphs)) {
		if (i.factType !== 'person' && i.type !== 'who-said') continue;
		if (i.type === 'true-false') out.add(i.stem);
		else i.options.forEach((o) => out.add(o));
	}
	return out;
}

describe('a name inside the name of a building, an award or a law is no person in the story', () => {
	it('reads no person in "the Avenue D and Thomas P. Ryan centers" nor in "the Jane Okoro community award"', () => {
		expect(extractFacts('The Avenue D, Flint Street and Thomas P. Ryan centers will close at 6 p.m.').filter((f) => f.type === 'person')).toEqual([]);
		expect(extractFacts('She was given the Jane Okoro community award last year.').filter((f) => f.type === 'person')).toEqual([]);
		expect(extractFacts('Marisol Vega, the council president, voted for the plan.').filter((f) => f.type === 'person').map((f) => f.text)).toEqual(['Marisol Vega']);
	});

	it('never offers the namesake of a recreation center as a council member who spoke', () => {
		const council = [
			'The Harbor City council approved a $642 million budget on Tuesday by a vote of 6-3, with council members Luis Ortega, Tamika Bell and Gregory Shaw voting no.',
			'"Nobody on this council wanted to raise taxes," said Council President Marisol Vega, who voted for the plan.',
			'The Avenue D, Flint Street and Thomas P. Ryan centers will close at 6 p.m. instead of 9 p.m. on weeknights.',
			'Ortega, who represents the Northeast District, called the recreation cuts "a mistake we are going to pay for in August."',
			'Bell, one of the three no votes, said she objected to the tax increase rather than the cuts.',
			'"People on fixed incomes in my district are already choosing between rent and groceries," Bell said.'
		];
		const offered = [...personOptions('Harbor City passes budget with tax rise', council)];
		expect(offered.some((o) => /\bRyan\b/.test(o))).toBe(false);
		expect(offered.some((o) => /\bShaw\b/.test(o))).toBe(true);
	});
});
