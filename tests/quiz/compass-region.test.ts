import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// An invented dig story: its county (Suffolk) and the region that holds it (East Anglia) are both regions to the generator.
const dig = `Gold grave found beneath Suffolk barley field

Archaeologists have uncovered the grave of a wealthy woman buried with gold jewellery and a bronze bowl in a barley field in Suffolk, in what experts called one of the finds of the decade.

The dig was carried out over four weeks in May by a team from the county museum in Ipswich, which is leading the work on the finds.

"When the gold came up through the soil, there was total silence on site," said Dr Hannah Lowe, the museum's head of archaeology, who directed the dig.

The bowl points to trade routes that linked East Anglia with the Mediterranean, said Prof. Mark Ellery of the University of York, who has seen photographs of the finds.

Similar graves have been found in Norfolk and Essex in the past 30 years, but none with a bowl of this kind.

The landowners, Robert and Neil Catesby, said they hoped the objects would stay in Suffolk, and the museum has launched an appeal that has raised £75,000.`;

/** The true/false statements the quizzes of `text` drawn with seeds 1 to 12 show. */
function statements(text: string): string[] {
	return Array.from({ length: 12 }, (_, n) => generateWithReport(parseArticleText(text), { seed: n + 1, maxItems: 15 }).quiz.items)
		.flat()
		.filter((item) => item.type === 'true-false')
		.map((item) => item.stem);
}

describe('a region named by its compass point is no option for a plain one (R3)', () => {
	it('writes no false statement that puts East Anglia, which holds Suffolk, in Suffolk\'s place', () => {
		const shown = statements(dig);
		expect(shown.filter((s) => /barley field in Suffolk/.test(s)).length).toBeGreaterThan(0);
		expect(shown.filter((s) => /barley field in East Anglia/.test(s))).toEqual([]);
	});

	it('still swaps one plain county for another the story names', () => {
		expect(statements(dig).filter((s) => /barley field in (?:Norfolk|Essex)/.test(s)).length).toBeGreaterThan(0);
	});
});
