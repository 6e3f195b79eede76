import { describe, expect, it } from 'vitest';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { filler } from './report';

const TITLE = 'Lakeside town opens solar-powered water plant';
const PLANT = [
	'The town of Velmora opened a solar-powered water treatment plant on Friday, the first of its kind in the province.',
	'Mayor Teodora Vasquez opened the plant at a ceremony beside the lake, about 8 kilometres east of the city of Carranza. She said the plant would supply clean water for about 40,000 people.',
	'“Ten years ago this valley had no clean water at all. Today it is filling taps in Oaxaca and schools in Puebla,” Vasquez told several hundred guests, including farmers and teachers.',
	'Engineer Marcus Oyelaran, who led the project, said the plant had cost 12 million pesos.',
	'“We built it in 14 months, which is half the usual time,” Oyelaran said.',
	'The plant can treat about 9 million litres of water a day, according to the provincial water board.',
	'Provincial governor Alfonso Quiroga said the province would build three more plants by 2030.',
	'Farmer Rosa Echeverría, whose land lies beside the lake, said the new pipes had already reached her village.'
];

describe('q36: two sentences of one quote run are never both asked for their speaker (R5)', () => {
	it('asks the mayor’s two-sentence quote for its speaker at most once per quiz, over many seeds', () => {
		const article = parseArticleText(`${TITLE}\n\n${[...PLANT, ...filler].join('\n\n')}`);
		let asked = 0;
		for (let seed = 1; seed <= 12; seed++) {
			const items = generateWithReport(article, { seed, maxItems: 15 }).quiz.items;
			const onRun = items.filter((i) => (i.type === 'who-said' || (i.type === 'true-false' && i.factType === 'person')) && /valley had no clean water|filling taps/.test(i.source.text));
			asked += onRun.length;
			expect(onRun.length, JSON.stringify(onRun.map((i) => i.stem))).toBeLessThanOrEqual(1);
		}
		expect(asked).toBeGreaterThan(0);
	});
});
