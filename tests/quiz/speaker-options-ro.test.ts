import { describe, expect, it } from 'vitest';
import { childrenInStory, diedInStory, onlyInPast } from '../../src/lib/quiz/person-options';

const persons = [
	{ text: 'Ann Lee', surname: 'Lee' },
	{ text: 'Tom Hale', surname: 'Hale' },
	{ text: 'Hale', surname: 'Hale' },
	{ text: 'Rosa', surname: 'Rosa' },
	{ text: 'Ivo', surname: 'Ivo' },
	{ text: 'Jo Pike', surname: 'Pike' }
];
const article = (text: string) => ({ text, persons, organisations: new Set<string>() });

describe('a speaker option the story names among its dead', () => {
	const dead = (text: string) => [...diedInStory({}, article(text))].sort();

	it('reads every name of the list that names the dead', () => {
		expect(dead('Those who died were Ann Lee, 81; her neighbour Tom Hale, 44; and Mr Hale’s daughters, Rosa, 12, and Ivo, nine. Jo Pike said the council would act.')).toEqual(['Ann Lee', 'Hale', 'Ivo', 'Lee', 'Rosa', 'Tom Hale']);
		expect(dead('The dead have been named as Ann Lee and Tom Hale. Jo Pike led the rescue.')).toEqual(['Ann Lee', 'Hale', 'Lee', 'Tom Hale']);
		expect(dead('The three passengers killed were Ann Lee, Rosa and Ivo. Jo Pike said the line would reopen.')).toEqual(['Ann Lee', 'Ivo', 'Lee', 'Rosa']);
	});

	it('reads no death into a list of others', () => {
		expect(dead('Those who spoke were Ann Lee and Tom Hale. Jo Pike said the council would act.')).toEqual([]);
		expect(dead('The victims were named as Ann Lee and Tom Hale, who lost their savings in the fraud.')).toEqual([]);
	});
});

describe('a speaker option the story gives a child’s age', () => {
	const young = (text: string) => [...childrenInStory({}, article(text))].sort();

	it('reads an age under 16 beside the name, in figures or words', () => {
		expect(young('Her daughters, Rosa, 12, and Ivo, nine, were at school. Jo Pike, 44, said the school had closed.')).toEqual(['Ivo', 'Rosa']);
		expect(young('The 11-year-old Rosa found the coin. Her nine-year-old brother, Ivo, kept it.')).toEqual(['Ivo', 'Rosa']);
		expect(young('Tom Hale, aged 14, won the race.')).toEqual(['Hale', 'Tom Hale']);
	});

	it('reads no child in an adult’s age or in a number that is no age', () => {
		expect(young('Jo Pike, 44, and Ann Lee, 81, said the council would act.')).toEqual([]);
		expect(young('Rosa, one of the organisers, said the fair would return.')).toEqual([]);
		expect(young('The 41-year-old Rosa said the fair would return.')).toEqual([]);
	});
});

describe('a speaker option the story names only as a ruler of the past', () => {
	it('reads a reign in years of three or four figures as the past', () => {
		expect(onlyInPast(['The purse held a coin of the emperor Maurice Tiberius, who reigned from 582 to 602.', '"We nearly gave up," Mr Hale said.'], 'Tiberius', 2026)).toBe(true);
		expect(onlyInPast(['A silver penny of King Offa (757-796) lay beside the bowl.'], 'Offa', 2026)).toBe(true);
		expect(onlyInPast(['The seal names Queen Orla, who ruled from 1120 until her death.'], 'Orla', 2026)).toBe(true);
	});

	it('reads no past into a ruling or a reign of now', () => {
		expect(onlyInPast(['Judge Orla, who ruled on Tuesday that the law applied, said the case was closed.'], 'Orla', 2026)).toBe(false);
		expect(onlyInPast(['Ann Lee, 81, said she remembered the old mill.'], 'Lee', 2026)).toBe(false);
	});
});
