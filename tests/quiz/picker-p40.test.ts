import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

/** The quiz of at most `max` items from a headline and paragraphs, seed `seed`. */
function quizOf(title: string, paragraphs: string[], { max = 15, seed = 1 } = {}) {
	return generateWithReport(parseArticleText(`${title}\n\n${paragraphs.join('\n\n')}`), { seed, maxItems: max }).quiz;
}

const ROLE_STEM = /^In the article, .* is described as /;

// an invented results story (the p39 branch's): a chief executive's role statement beside an analyst's quote
const RESULTS_TITLE = "Dunmore Brewing's profit rises 12% but shares fall on cautious outlook";
const RESULTS = [
	'Dunmore Brewing reported a 12% rise in annual profit on Tuesday, helped by strong sales of its lagers in Latvia and Estonia.',
	'Chief Executive Ingrid Halvorsen said the company would open 30 new bars next year and close 11 older ones.',
	'Chief Financial Officer Pavel Novak, who joined from a rival brewer, will leave the company at the end of the year.',
	'"The numbers are fine, the outlook is the problem," said Marek Lindqvist, an analyst at the Riga brokerage Baltic Capital.',
	'"Investors had hoped for a much bigger dividend this spring.',
	'A fall in the shares was always likely after such a strong run."',
	'Shares in Dunmore fell 7% to 41.20 euros by midday in Riga.'
];

const FESTIVAL = [
	'KRAKOW — Czech director Tomas Vesely won the top prize at the 12th Krakow Film Festival on Saturday, the first Czech winner of the award.',
	'The festival screened 186 films from 41 countries and drew about 92,000 admissions, festival chairman Marek Wolny said.',
	'Forty-four films held world premieres.',
	'Festival director Anna Sikora said the event had recovered from the floods of 2021 and 2022.',
	'The city of Krakow and the national film institute contributed 3.4 million zlotys to the festival this year.'
];

describe('a role statement and the stems beside it (QUALITY.md R5)', () => {
	it('keeps a quote statement whose false form names a person of the role statement: a quote tells no role', () => {
		const items = quizOf(RESULTS_TITLE, RESULTS).items;
		expect(items.some((i) => ROLE_STEM.test(i.stem))).toBe(true);
		expect(items.some((i) => i.source.text.includes('The numbers are fine, the outlook is the problem'))).toBe(true);
	});

	it('leaves out a role statement where another stem writes a title beside the person it holds the role', () => {
		const titled = RESULTS.map((p) => (p.startsWith('Chief Executive') ? 'Chief Financial Officer Pavel Novak said costs would rise by about 4% this year.' : p));
		const items = quizOf(RESULTS_TITLE, titled).items;
		const role = items.filter((i) => ROLE_STEM.test(i.stem) && i.stem.includes('Pavel Novak') && i.options[i.key] === 'True');
		const novak = items.filter((i) => i.stem.includes('Chief Financial Officer Pavel Novak'));
		expect(role.length === 0 || novak.length === 0).toBe(true);
	});

	it('shows true, never false, a role statement whose false form swaps in a person another stem gives a title', () => {
		for (let seed = 1; seed <= 6; seed++) {
			const items = quizOf('Czech film wins top prize in Krakow', FESTIVAL, { seed }).items;
			expect(items.some((i) => i.stem.includes('festival chairman Marek Wolny'))).toBe(true);
			const role = items.find((i) => ROLE_STEM.test(i.stem));
			// Vesely's "a Czech director" no longer passes (a nationality only his name fits gives a role statement away, R5): Sikora's role is the one shown
			expect(role?.stem).toBe('In the article, Anna Sikora is described as a festival director.');
			expect(role?.options[role.key]).toBe('True');
		}
	});
});

describe('quote items in a quiz the article can fill otherwise', () => {
	it('keeps who-said and "X said:" items to a quarter of the quiz where other passing items fill it', () => {
		const water = [
			'Fenmoor Water supplied 2.3 billion litres a day last year, the company said on Tuesday, as bills rose 8% across its region in eastern England.',
			'"This was the driest summer our engineers have ever worked through," said chief executive Ruth Ellison.',
			'Fenmoor Water laid 640 kilometres of new mains in 2025, up from 510 kilometres in 2024.',
			'"We lost less water to leaks than in any year since privatisation," Ellison told reporters in Peterborough.',
			'Fenmoor Water said 93.7% of its customers had no interruption to supply in 2025.',
			'"Customers are paying more for a service that still floods their streets," said Martin Pryce, who leads the campaign group Fen Water Watch.',
			'Fenmoor Water fixed 41,000 leaks during the year.',
			'The company spent £520 million on its treatment works and plans to build 2 new reservoirs by 2030.',
			'"Two reservoirs will not be enough for a growing Cambridge," Pryce said in a statement.',
			'Fenmoor Water employs 3,900 people across 22 sites.',
			'"We will keep training apprentices at every site," Ellison said at the company’s annual meeting.',
			'The average household bill in the region now stands at £612 a year.',
			'"The bill rise will hurt every pensioner in the county," said Joan Hartley, a councillor in Ely.',
			'Fenmoor Water reopened 4 visitor centres, at Grafham, Ely, March and Wisbech.',
			'Fenmoor paid £11 million in compensation for supply cuts, down from £17 million.',
			'"Compensation does not refill a bath," Hartley said on Tuesday evening.'
		];
		const items = quizOf('Fenmoor Water supplied 2.3 billion litres a day as bills rose 8%', water, { max: 8 }).items;
		expect(items).toHaveLength(8);
		const quotes = items.filter((i) => i.type === 'who-said' || / said: “/.test(i.stem));
		expect(quotes.length).toBeLessThanOrEqual(2);
	});
});

describe('stems that lean on the sentence before (QUALITY.md R4)', () => {
	it('asks no stem that opens on "Yet" or "But": the contrast is with a sentence it leaves out', () => {
		const report = generateWithReport(
			parseArticleText(
				[
					'Ines Carvalho obituary',
					'The Portuguese architect Ines Carvalho, who has died aged 91, was best known for the white concrete libraries she built along the Algarve coast.',
					'Her 1979 library at Lagos was visited by 60,000 people in its first year and won 3 national awards.',
					'Yet Carvalho regarded the 14 small schools she designed in the villages of the Alentejo as her real legacy.',
					'But Carvalho refused every invitation to teach at the university in Lisbon.',
					'She married the engineer Rui Tavares in 1958; he died in 2012.'
				].join('\n\n')
			),
			{ seed: 1, maxItems: 15 }
		);
		const stems = [...report.quiz.items.map((i) => i.stem), ...report.rejections.filter((r) => r.check !== 'R4').map((r) => r.stem)];
		expect(stems.filter((s) => /^(?:Yet|But) /.test(s))).toEqual([]);
	});
});
