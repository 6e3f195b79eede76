import { describe, expect, it } from 'vitest';
import { datelineCityOf } from '../../src/lib/quiz/facts';
import { itemsOf, reportOf, written } from './report';

describe('a relative named only in a quote leaves the generator standing (holdout68)', () => {
	it('writes a quiz of a golfer who thanks "My wife Jess", whom "her" and "She" then point to', () => {
		const open = [
			'Tom Ashworth won the Open Championship at Royal Birkdale on Sunday with a final round of 66, finishing on 14 under par.',
			'Two years ago Ashworth was ranked outside the top 300 after surgery on his left wrist. "My wife Jess kept saying, \'Give it one more season.\' I owe her this," he said.',
			'Jess Ashworth watched from the 18th green with their two children. She said she had never doubted him.',
			'The 31-year-old collected a first prize of $3.1 million, and climbs to 12th in the world rankings.'
		];
		const report = reportOf('Ashworth wins the Open at Birkdale', open);
		expect(report.quiz.items.some((i) => /3\.1 million|66|14 under/.test(JSON.stringify(i)))).toBe(true);
	});
});

describe('a story datelined in another country is not set in its headline country (QUALITY.md R6, a holdout70 reader)', () => {
	// the holdout70 article (written for the project by a writer agent, graded and spent)
	const swim = [
		"BUDAPEST, Dec 11, 2026 (AFP) - France's Léa Dumontier broke the world record in the women's 200m individual medley at the world short-course championships in Budapest on Friday, ending Zhao Yuxin's bid for a fourth gold medal of the week in a race that brought the Duna Arena crowd to its feet.",
		"The 19-year-old from Toulouse touched in 2min 00.87sec, shaving 0.21sec off the previous world record, which had stood for three years, and finishing a full body length ahead of China's Zhao, who took silver in 2:02.14. Canada's Summer Moreau claimed bronze in 2:03.05.",
		"\"I didn't look at the clock until I touched the wall. When I saw the 'WR' next to my name, I just screamed,\" said Dumontier, who had finished only sixth in the event at last year's world championships in Singapore.",
		"\"My coach told me this morning: 'Don't swim against Zhao, swim against the line.' That's exactly what I did.\"",
		"Zhao, 22, had already won the 100m butterfly, 200m butterfly and 400m IM in Budapest and was aiming to become the first woman since 2018 to win four individual titles at a single short-course worlds.",
		"\"Léa was simply better tonight. I have no excuses,\" the Chinese swimmer told reporters through an interpreter. \"Three golds is still a good week.\"",
		"Dumontier's coach Julien Maréchal, who has trained her at the Toulouse Dauphins club since she was 12, said the record had been \"two years in the making\".",
		"\"We changed her breaststroke leg completely after Singapore -- more tempo, less glide. It was risky, but she trusted the process,\" Maréchal told AFP.",
		"It was France's third gold medal of the championships, after Hugo Castellane's victory in the men's 100m backstroke on Tuesday and the mixed 4x50m freestyle relay team's win on Wednesday.",
		"In the men's 50m freestyle final, Australia's Riley Costigan defended his title in 20.19sec, edging Brazil's Gabriel Santos Vieira by three hundredths of a second. American Tyler Brandt, the fastest qualifier from Thursday's semi-finals, faded to fourth.",
		"\"That's the closest I've ever come to losing a race I thought I'd won,\" said the 26-year-old Costigan, who plans to retire after the 2028 Los Angeles Olympics.",
		"The United States still lead the medal table with 11 golds, 7 silvers and 9 bronzes, ahead of China (6-8-4) and Australia (5-6-7). France are fourth with three golds, already matching their tally from the whole of the previous edition.",
		"The championships, which have drawn 912 swimmers from 164 countries, conclude on Sunday with the men's and women's 4x100m medley relays.",
		"World Aquatics said a total of four world records had been set so far in the six days of competition, with organisers crediting the Duna Arena's new 25-metre competition pool, installed as part of a 14-billion forint (36 million euro) renovation.",
		"lv-jp/pst"
	];

	it('reads an AFP dateline with its year ("BUDAPEST, Dec 11, 2026 (AFP) -") as a dateline', () => {
		expect(datelineCityOf(swim[0])).toBe('Budapest');
	});

	it('writes no "In France," before a stem of the Budapest championships', () => {
		const stems = written(reportOf("France's Dumontier smashes world record as Zhao denied fourth gold", swim)).map((w) => w.stem);
		expect(stems.some((s) => /four world records/.test(s))).toBe(true);
		expect(stems.filter((s) => /\bIn France\b/.test(s))).toEqual([]);
	});
});

describe('a bound a verb of change takes is not turned round (QUALITY.md R1, R6, a holdout71 reader)', () => {
	it('writes no "climbed below" for "the benchmark contract climbed above $9,600"', () => {
		const cocoa = [
			'LONDON (Reuters) - Cocoa futures surged to a two-year high on Tuesday as fresh crop damage in West Africa hit supplies. In New York, the benchmark contract climbed above $9,600 a tonne, its highest since late 2024.',
			'Chocolate makers including Hershey and Mondelez have warned that prices on supermarket shelves will rise by as much as 15 per cent before Easter, the companies said in statements.',
			'Ivory Coast, the largest grower, expects its main crop to fall by 12 per cent this season after heavy rain and disease, the country’s cocoa regulator said on Monday.'
		];
		const stems = itemsOf('Cocoa soars to two-year high as chocolate makers warn of price rises', cocoa, 20).map((i) => i.stem);
		expect(stems.some((s) => /climbed above \$9,600/.test(s))).toBe(true);
		expect(stems.filter((s) => /climbed (?:below|under|less than)/.test(s))).toEqual([]);
	});
});

describe('a role word inside a phrase about something else describes no one (QUALITY.md R1, a holdout71 reader)', () => {
	it('asks no one to be "described as a call against defenceman"', () => {
		const hockey = [
			'VANCOUVER — Erik Lindqvist scored in double overtime as the Edmonton Oilers beat the Vancouver Canucks 3-2 on Tuesday to take a 3-2 lead in their second-round series.',
			'Oilers goaltender Noah Beaulieu made 41 saves, and forward Liam Achterberg scored twice in the second period.',
			"Canucks coach Richard Baptiste said he was proud of his team's effort but frustrated by a late third-period penalty — a tripping call against defenceman Kyle Mancini — that he felt changed the momentum.",
			'Canucks captain Matteo Castellano scored the tying goal with 4:12 left in regulation time before a crowd of 18,910.'
		];
		const stems = itemsOf('Lindqvist double-overtime winner gives Oilers 3-2 series lead', hockey, 20).map((i) => i.stem);
		expect(stems.filter((s) => /described as a .*\bagainst\b/.test(s))).toEqual([]);
	});
});
