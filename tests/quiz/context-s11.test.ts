import { describe, expect, it } from 'vitest';
import { unanchoredFrame, type AnchorSource } from '../../src/lib/quiz/anchors';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { filler } from './report';

/** An anchor source of a headline and paragraphs, with the persons, places and organisations given. */
function sourceOf(title: string, paragraphs: string[], names: { persons?: [string, string][]; places?: [string, string][]; organisations?: string[] } = {}): AnchorSource {
	return {
		article: parseArticleText(`${title}\n\n${[...paragraphs, ...filler, ...filler].join('\n\n')}`),
		persons: new Map((names.persons ?? []).map(([full, surname]) => [surname, { full, surname }])),
		places: new Map((names.places ?? []).map(([text, level]) => [text.toLowerCase(), { text, level }])),
		organisations: new Map((names.organisations ?? []).map((text) => [text.toLowerCase(), { text }]))
	};
}

const bare = sourceOf('Figures out today', ['The office published its figures on Monday.'], { places: [['Portugal', 'country'], ['Leiria', 'city']], organisations: ['Harbour Rail'] });

describe('stems that lean on context the player does not have (R4, the holdout14 and holdout15 readers)', () => {
	it('refuses a lead whose side the stem never names', () => {
		expect(unanchoredFrame(bare, 'When Smith scored with a minute left, the lead was down to 61-60.')).toBe('the lead was');
		expect(unanchoredFrame(bare, 'She sang the lead role in _____.')).toBeUndefined();
	});

	it('refuses a winning time or a placing in a race the stem never names', () => {
		expect(unanchoredFrame(bare, 'Tom Otieno of the army club won in 3:35.10 ahead of two team-mates.')).toMatch(/^won/);
		expect(unanchoredFrame(bare, 'Portugal took three of the top _____ places.')).toBe('the top _____ places');
		expect(unanchoredFrame(bare, 'Tom Otieno won the men’s 1,500m in 3:35.10 ahead of two team-mates.')).toBeUndefined();
		expect(unanchoredFrame(bare, 'Portugal took three of the top _____ places in the marathon.')).toBeUndefined();
	});

	it('refuses a result, a rule to comply with, former staff and the missing that the stem never says of what', () => {
		expect(unanchoredFrame(bare, 'About 40 stagehands would lose work as a result.')).toBe('as a result');
		expect(unanchoredFrame(bare, 'Councils that fail to comply could be fined.')).toBe('fail to comply');
		expect(unanchoredFrame(bare, 'Two former employees testified against their old boss.')).toBe('Two former employees');
		expect(unanchoredFrame(bare, 'A _____ man said his cousin was among the missing.')).toBe('among the missing');
		expect(unanchoredFrame(bare, 'About 40 stagehands would lose work as a result of the cuts.')).toBeUndefined();
		expect(unanchoredFrame(bare, 'Two former employees of Harbour Rail testified.')).toBeUndefined();
		expect(unanchoredFrame(bare, 'A _____ man said his cousin was among the missing after the ferry sank.')).toBeUndefined();
	});

	it('refuses aftershocks of no quake or place the stem names', () => {
		expect(unanchoredFrame(bare, 'More than 20 aftershocks had been recorded by noon.')).toBe('aftershocks');
		expect(unanchoredFrame(bare, 'More than 20 aftershocks had been recorded near Leiria by noon.')).toBeUndefined();
	});

	it('refuses a population, inflation or a largest group of nowhere the stem names, a nationality being no place', () => {
		expect(unanchoredFrame(bare, 'The median age of the population is now 41.2.')).toBe('the population');
		expect(unanchoredFrame(bare, 'Overall inflation eased to _____% in May.')).toBe('Overall inflation eased');
		expect(unanchoredFrame(bare, 'Syrians made up the largest group, with _____ applications.')).toBe('the largest group');
		expect(unanchoredFrame(bare, 'The median age of the population of Portugal is now 41.2.')).toBeUndefined();
		expect(unanchoredFrame(bare, 'In Portugal, Syrians made up the largest group, with _____ applications.')).toBeUndefined();
	});

	it('refuses any tense of taking part, and race organisers, of no event the stem names', () => {
		expect(unanchoredFrame(bare, 'Race organizers said they would return on _____.')).toBe('Race organizers');
		expect(unanchoredFrame(bare, 'More than 27,000 runners took part across the weekend.')).toBe('took part');
		expect(unanchoredFrame(bare, 'More than 27,000 runners took part in Leiria.')).toBeUndefined();
	});

		it('refuses a fare that names no operator or place', () => {
		expect(unanchoredFrame(bare, 'The adult day ticket will climb from £_____ to £6.')).toBe('The adult day ticket');
		expect(unanchoredFrame(bare, 'The adult day ticket on Harbour Rail will climb from £_____ to £6.')).toBeUndefined();
	});

	it('refuses "Under the plan" unless the phrase itself says whose', () => {
		expect(unanchoredFrame(bare, 'Under the plan, the _____ remaining shops will be taken over by Harbour Rail.')).toBe('Under the plan');
		expect(unanchoredFrame(bare, 'Under the plan agreed by Harbour Rail, the _____ remaining shops will close.')).toBeUndefined();
	});
});
