import { describe, expect, it } from 'vitest';
import { equivalentBeside } from '../../src/lib/quiz/arithmetic';
import { groupCeiling } from '../../src/lib/quiz/changes';
import { numberWordValue } from '../../src/lib/quiz/facts';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { reportOf, written } from './report';

const at = (stem: string) => [stem.indexOf('_____'), stem.indexOf('_____') + 5] as const;
const besideEquivalent = (stem: string) => equivalentBeside(stem, ...at(stem));

describe('a sum left in the stem in another currency, in a dashed aside, gives the key (QUALITY.md R5)', () => {
	it('refuses a dashed aside that gives the same sum in another currency, after or before the blank', () => {
		expect(besideEquivalent('The painting sold at auction for _____ – about $640,000 at the time – a record for the artist.')).toBe(true);
		expect(besideEquivalent('The club paid a fee of _____ — roughly €3.1m — for the defender.')).toBe(true);
		expect(besideEquivalent('The bridge cost _____ - or about £18m at today’s prices - to build.')).toBe(true);
		expect(besideEquivalent('The estate fetched $2.4m – about _____ – when it was sold in 1998.')).toBe(true);
	});

	it('keeps a dashed aside that is no equivalent: a share, a difference, or no hedge', () => {
		expect(besideEquivalent('The firm raised _____ – about 12% more than it had planned – from investors.')).toBe(false);
		expect(besideEquivalent('The house sold for _____ – £20,000 more than the asking price.')).toBe(false);
		expect(besideEquivalent('The council spent _____ – a sum critics called wasteful – on the new sign.')).toBe(false);
	});
});

describe('a count of a small group keeps its options within what the group allows (QUALITY.md R8)', () => {
	it('bounds one person’s children and a bench’s changes', () => {
		expect(groupCeiling('The nurse, whose ', ' children go to the village school, said', 2)).toBe(5);
		expect(groupCeiling('He is survived by his ', ' sons.', 3)).toBe(5);
		expect(groupCeiling('She became a mother of ', ' daughters before she was 30.', 4)).toBe(5);
		expect(groupCeiling('The coach reacted by sending on ', ' forwards at half-time.', 2)).toBe(5);
		expect(groupCeiling('Dalton brought on ', ' fresh substitutes for the last 20 minutes.', 3)).toBe(5);
		expect(groupCeiling('United had made ', ' substitutions by the hour mark.', 3)).toBe(5);
	});

	it('stays above a large key, and bounds nothing else', () => {
		expect(groupCeiling('The farmer, whose ', ' children all work the land, said', 9)).toBe(10);
		expect(groupCeiling('The charity, which supports ', ' children in the region, said', 2)).toBeUndefined();
		expect(groupCeiling('The trust runs 14 schools, and their ', ' children sat the tests in May.', 4200)).toBeUndefined();
		expect(groupCeiling('Her ', ' grandchildren were at the funeral.', 4)).toBeUndefined();
		expect(groupCeiling('The soldier was sent on ', ' missions abroad.', 3)).toBeUndefined();
		expect(groupCeiling('The manager named ', ' substitutes on the bench.', 7)).toBeUndefined();
	});

	it('draws no option past five for "whose _____ children"', () => {
		const article = parseArticleText(
			[
				'Oakfield board votes to close three primary schools',
				'The Oakfield school board voted 5-2 on Tuesday night to close three primary schools at the end of the school year, citing falling enrolment and a budget gap of $4.2m.',
				'About 640 pupils will move to other schools in the district under the plan.',
				'Parent Dana Whitfield, 41, whose two children attend Elm Street, said her family would go from a short walk to a 20-minute bus ride.',
				'Board chair Robert Ellison said the district had lost 1,900 pupils since 2015.',
				// a parent the story follows, not one met in passing: a passer-by's "whose _____ children" is refused as R7 (branch sw)
				'Whitfield has collected 2,300 signatures on a petition to keep Elm Street open.',
				'Whitfield said parents would ask the state to review the vote.'
			].join('\n\n')
		);
		const options = [1, 2, 3].flatMap((seed) =>
			generateWithReport(article, { seed, maxItems: 30 })
				.quiz.items.filter((item) => item.type === 'cloze' && /whose _____ children/.test(item.stem))
				.flatMap((item) => item.options)
		);
		expect(options.length).toBeGreaterThan(0);
		expect(options.filter((o) => (numberWordValue(o) ?? 0) > 5)).toEqual([]);
	});
});

describe('"who is described as" asks no description that names a nationality (QUALITY.md R5)', () => {
	it('writes no item on "the Turkish winger" or "a Brazilian midfielder"', () => {
		const stems = written(
			reportOf('Harrowby beat Kelston 3-1 to climb to fourth', [
				'Harrowby Town beat Kelston Rovers 3-1 at Mill Road on Saturday to climb to fourth in the table.',
				'Emre Aksoy, the Turkish winger on loan from a Süper Lig club, opened the scoring after 12 minutes.',
				'Kelston captain Daniel Fraser levelled with a header from a corner before half-time.',
				'Harrowby defender Luke Marston restored the lead just after the break.',
				'Paulo Ribeiro, a Brazilian midfielder signed in January, added the third in stoppage time.',
				'Harrowby manager Steve Colbert said the win was the best of the season.',
				'Kelston goalkeeper Sam Whitlock made five saves.'
			])
		).map((w) => w.stem);
		expect(stems.filter((s) => /described as (?:the Turkish|a Brazilian)/.test(s))).toEqual([]);
	});
});
