import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/quiz/facts';
import { simplify } from '../../src/lib/quiz/simplify';
import { articleFor } from '../../src/lib/quiz/generate';
import { reportOf, written } from './report';

describe('a name that opens the subject of a how-many question', () => {
	it('keeps its capital where the article capitalises it inside a sentence ("the Leeds Otters")', () => {
		const stems = written(
			reportOf('Otters beat Falcons in overtime', [
				'The Leeds Otters came back from two goals down to beat the Hull Falcons 4-3 on Saturday night.',
				'Otters goalie Sam Reid made 31 saves as the home crowd of 5,200 watched.',
				'The Hull Falcons coach, Mark Dunn, said his side had been tired in the third period.',
				'The two teams meet again in Hull next Friday, when the Falcons hope to end a run of five defeats.'
			])
		).map((w) => w.stem);
		expect(stems).toContain('How many saves did Otters goalie Sam Reid make as the home crowd of 5,200 watched?');
		expect(stems.join('\n')).not.toMatch(/\botters goalie/);
	});
});

describe('an aside on the noun before it (", many of them ...")', () => {
	const clauses = (text: string) => simplify(text, extractFacts(text)).map((c) => c.text);

	it('goes with the comma that closes it, so no stray comma is left in the stem', () => {
		expect(clauses('The firm raised $4.2 million from 900 clients, many of them retirees, to fund the scheme.')).toContain('The firm raised $4.2 million from 900 clients to fund the scheme');
		expect(clauses('Floods closed 12 schools, most of them in Powys, and cut power to 3,000 homes.')).toContain('Floods closed 12 schools and cut power to 3,000 homes');
	});

	it('goes whole with a list of names it opens, so no list is left hanging', () => {
		expect(clauses('Storms damaged 340 homes on Saturday morning, most of them in Derbyshire, Nottinghamshire and Yorkshire.')).toContain('Storms damaged 340 homes on Saturday morning');
	});
});

describe('the article a value takes', () => {
	it('reads a currency sign after its number: "an $800 million plan", "a $1 trillion bill"', () => {
		expect(['$800 million', '£11 billion', '€18m', '$1 trillion', '£90,000', 'US$8 billion'].map((v) => articleFor(v))).toEqual(['an', 'an', 'an', 'a', 'a', 'an']);
	});
});
