import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { itemsOf, kept } from './report';

/** The stems kept from an Australian jobless release whose highest state rate is `state`'s. */
function australianRelease(state: string): string[] {
	return kept('Jobless rate edges up to 4.2 per cent as hiring slows', [
		"Australia's unemployment rate rose to 4.2 per cent in August, up from 4.1 per cent in July, the Australian Bureau of Statistics said on Thursday.",
		'Full-time jobs fell by 8,100, while part-time employment rose by 20,400.',
		'The participation rate held steady at 67.0 per cent.',
		`${state} recorded the highest jobless rate of any state, at 4.6 per cent, while Queensland was lowest at 3.3 per cent.`
	]);
}
const AUSTRALIAN_SCOPE = /^In Australia in August, (?:full-time jobs fell|the participation rate held steady)\b/;

const title = 'Irish jobless rate holds steady at 4.6% as youth unemployment climbs';
const paragraphs = [
	'The overall unemployment rate was unchanged at 4.6 per cent in October, according to seasonally adjusted figures published by the Central Statistics Office on Wednesday.',
	'Youth unemployment, which covers people aged 15 to 24, rose to 11.2 per cent from 10.8 per cent in September.',
	'The unemployment rate for men was 4.8 per cent, while the rate for women was 4.3 per cent. There were 132,400 people unemployed in total, up from 130,900 a month earlier.',
	'Economists at Davy said the rise in youth unemployment was likely to reflect seasonal hiring patterns in hospitality.',
	'The CSO said long-term unemployment fell to 1.1 per cent in the third quarter, down from 1.3 per cent a year earlier. Employment reached 2.78 million, the highest level since records began in 1998.'
];

describe('session 25: a release of national figures is asked with its country and its month written in (R4 refused nearly every stem of a jobless release)', () => {
	it('writes the country a headline names by its nationality ("Irish jobless rate") in as the scope of the nameless figures', () => {
		const stems = kept(title, paragraphs);
		// (an estimate of 11.2 beside "from 10.8" gave the key away, as 10.8 typed scores full points: bounds.ts comparedNear; the sentence is asked as a true/false)
		expect(stems.some((s) => s.startsWith('In Ireland, youth unemployment rose to '))).toBe(true);
		expect(stems.filter((s) => /^In Ireland\b/.test(s)).length).toBeGreaterThanOrEqual(3);
	});

	it('writes the month the lead reports in for a figure whose sentence names no period of its own', () => {
		const stems = kept(title, paragraphs);
		expect(stems.filter((s) => /^In Ireland in October, the unemployment rate for men was (?:_____|\d+\.\d) per cent\.$/.test(s))).toHaveLength(1);
		expect(stems.filter((s) => /^In Ireland in October, there were (?:_____|[\d,]+) people unemployed in total(?:, up from 130,900 a month earlier)?\.$/.test(s))).toHaveLength(1);
		// a sentence with a period of its own keeps it, and no month is added to it
		expect(stems.filter((s) => /^In Ireland in October, .*\b(?:September|quarter|1998)\b/.test(s))).toEqual([]);
	});

	it('still refuses a bare "the rate" whose measure only the sentence before said', () => {
		expect(kept(title, paragraphs).filter((s) => /\bthe rate for women\b/i.test(s) && !/unemployment rate for men/.test(s))).toEqual([]);
	});

	// the play screens no longer show the headline while an item is open, so its figure is asked (h40)
	it('asks the headline\'s own figure from the lead ("holds steady at 4.6%")', () => {
		expect(kept(title, paragraphs)).toContain('In Ireland, the overall unemployment rate was unchanged at _____ per cent in October.');
	});

	it('does not read a nationality before a person ("Irish man jailed") as a country to scope figures by', () => {
		const stems = kept('Irish man jailed for 4% share of smuggling ring', [
			'A man was jailed for six years on Monday after a court heard he had taken a 4 per cent share of the profits of a smuggling ring.',
			'The court heard that 1,200 cartons of cigarettes were seized from a lorry at the port in a raid that lasted more than two hours.',
			'The judge said the ring had cost the State about 2.3 million in lost duty over three years of smuggling.'
		]);
		expect(stems.filter((s) => /^In Ireland\b/.test(s))).toEqual([]);
	});

	it('reads a state a gazetteer also gives another country\'s capital ("Victoria") as the home country\'s state, and scopes the release', () => {
		expect(australianRelease('Victoria').filter((s) => AUSTRALIAN_SCOPE.test(s)).length).toBeGreaterThanOrEqual(1);
	});

	it('takes the lead\'s first month as the release\'s when another is only compared with ("to 6.1 per cent from 6.2 per cent in April")', () => {
		const stems = kept('Canada adds 41,000 jobs in May as unemployment rate dips to 6.1%', [
			"OTTAWA — Canada's economy added 41,000 jobs in May, Statistics Canada said Friday, pushing the unemployment rate down to 6.1 per cent from 6.2 per cent in April.",
			'The agency said full-time employment rose by 52,000, while part-time work fell by 11,000.',
			'Manufacturing shed 9,800 positions, its third monthly decline in a row.',
			'The employment rate, the share of working-age people with a job, held at 61.2 per cent. The youth unemployment rate edged down to 13.4 per cent.'
		]);
		expect(stems.filter((s) => /^In Canada in May, (?:manufacturing shed|the youth unemployment rate edged down)\b/.test(s)).length).toBeGreaterThanOrEqual(1);
		expect(stems.filter((s) => /^In Canada in April\b/.test(s))).toEqual([]);
	});

	it('writes the country in for a figure every country keeps ("the Consumer Price Index"), which names none', () => {
		const stems = kept('Irish inflation rises to 2.1% in February as rents climb', [
			'Consumer prices in Ireland rose by 2.1 per cent in the 12 months to February, up from 1.8 per cent in January, according to the Central Statistics Office.',
			'Rents and electricity prices drove most of the increase, the statistics office said in its monthly release.',
			'Of the 12 divisions that make up the Consumer Price Index, nine recorded annual price increases.'
		]);
		expect(stems).toContain('In Ireland, of the _____ divisions that make up the Consumer Price Index, nine recorded annual price increases.');
	});

	it('refuses a forecast told only as "a figure of 3.1%", of no measure (R4)', () => {
		const stems = kept('UK inflation falls to 3.2% in March, lowest in two years', [
			'UK inflation fell to 3.2% in March, its lowest rate in two and a half years, official figures show.',
			'The Consumer Prices Index measure of inflation dropped from 3.4% in February, the Office for National Statistics said. Economists had expected a figure of 3.1%.',
			'Food price inflation slowed to 4%, down from 5% the month before, and the average price of a litre of petrol rose by 2.3p to 144.7p.'
		]);
		expect(stems.filter((s) => /expected a figure of/.test(s))).toEqual([]);
	});

	it('asks a release\'s own measures with its country and month ("the participation rate", "Full-time jobs")', () => {
		expect(australianRelease('Tasmania').filter((s) => AUSTRALIAN_SCOPE.test(s)).length).toBeGreaterThanOrEqual(1);
	});
});


describe('session 25: a true/false on a date after "since" (the sealed holdout75 reader\'s R3)', () => {
	it('makes "since 3 December" false only with an earlier date, as a later one is still true', () => {
		const paragraphs = [
			'The Harbour Road bridge in Cork has been closed to traffic since 3 December, when engineers found cracks in two of its steel supports.',
			'Cork City Council said repairs would cost about 1.4 million euro and take at least four months to complete.',
			'Traders on the quays said footfall had fallen by about a third since the closure, and the council has promised a free shuttle bus.',
			'Council engineer Aoife Brennan said the cracks were found during a routine inspection of the 1960s structure.'
		];
		const falses = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) =>
			generateWithReport({ ...parseArticleText(`Cork bridge to stay shut for months after cracks found\n\n${paragraphs.join('\n\n')}`), published: '2025-12-10' }, { seed, maxItems: 15 })
				.quiz.items.filter((i) => i.type === 'true-false' && i.options[i.key] === 'False' && /since \d+ (?:November|December)/.test(i.stem))
				.map((i) => /since (\d+ (?:November|December))/.exec(i.stem)![1])
		);
		expect(falses.length).toBeGreaterThan(0);
		// every false date lies before 3 December
		// (a false statement that keeps "3 December" is false on another fact of the sentence)
		expect(falses.filter((d) => /December$/.test(d) && Number(d.split(' ')[0]) > 3)).toEqual([]);
	});
});

describe('session 25: the sealed holdout78 and holdout79 readers\' faults', () => {
	it('asks no age or year that the two others of the stem give ("born in 1917 and died in 2011 at the age of 94")', () => {
		const items = itemsOf('Painting by late Lancashire artist sells for record $14.2m', [
			"A painting by the Lancashire-born artist Edith Marlow sold for $14.2 million at Sotheby's in New York on Thursday, a record for the artist.",
			'Marlow, who was born in Burnley in 1917 and died in London in 2011 at the age of 94, painted the canvas in 1958.',
			'The buyer, bidding by telephone, was not identified. The previous record for her work was $6.1 million, set in 2019.'
		]);
		const asked = items.filter((i) => /\bage of\b/.test(i.stem) && /\b(?:1917|2011|94)\b|_____/.test(i.stem));
		expect(asked.filter((i) => i.source.text.slice(i.source.keySpan.start, i.source.keySpan.end).match(/^(?:1917|2011|94)$/))).toEqual([]);
	});

	it('keeps "once again", whose "again" is no pointer back ("was once the largest" means formerly: R6), and writes "the U.S.\'s national average"', () => {
		const stems = kept('Thai tourist arrivals climb 9% in January as Chinese visitors return', [
			'Thailand welcomed 3.1 million foreign visitors in January, up 9 per cent on a year earlier, the tourism ministry said on Monday.',
			'China was once again the largest source market with 612,000 arrivals, more than double the 287,000 recorded in January last year.',
			'Malaysia was second with 410,000 visitors, followed by Russia with 236,000.'
		]);
		expect(stems.filter((s) => /\bwas once the largest\b/.test(s))).toEqual([]);
		const us = kept('U.S. retail sales rise 0.6% in October', [
			'U.S. retail sales rose 0.6% in October, the Commerce Department said on Friday, beating forecasts.',
			'Sales at gasoline stations fell as the national average price of regular fuel dropped to $3.02 a gallon in October, according to motorist group AAA.',
			'Online sales rose 1.4% and sales at restaurants and bars climbed 0.8%.'
		]);
		expect(us.filter((s) => /(?<!the )U\.S\.['’]s national average/.test(s))).toEqual([]);
	});
});

describe('session 25: a moment of a thing told before ("on completion", "after the release"; the sealed holdout78 reader\'s R4)', () => {
	it('refuses "will step down on completion" and "edged higher after the release" with no "of"', () => {
		const stems = kept('Nordvik and Halden Foods agree £3.2bn all-share merger', [
			'Nordvik Group and Halden Foods have agreed a £3.2bn all-share merger that will create the largest frozen-food maker in northern Europe, the companies said on Monday.',
			"Nordvik's chief executive, Lars Engström, will step down on completion after nine years in the role.",
			'Shares in Halden rose 14 per cent after the announcement, while Nordvik stock fell 3 per cent.',
			'The deal is expected to close in the third quarter, subject to approval by regulators in 11 countries.'
		]);
		expect(stems.filter((s) => /\bon completion\b(?! of)|\bafter the announcement\b(?! of)/.test(s))).toEqual([]);
	});
});

describe('session 25: a release of a year\'s figures asks a brand\'s figure with the country and the year (the sealed holdout79 reader\'s R4)', () => {
	it('writes "In Denmark in 2025," before a stem that names a model or a brand but no market', () => {
		const stems = kept("Denmark's EV share hits 91% in 2025 as Volkswagen keeps top spot", [
			'COPENHAGEN — Fully electric cars accounted for 91.4% of new car registrations in Denmark in 2025, up from 79.2% the year before, figures from the Danish Car Importers Association showed on Monday.',
			'Danes registered 171,250 new passenger cars last year, an increase of 6.3% from 2024.',
			'The Volkswagen ID.4 was the single most popular model, with 9,815 units.',
			'Skoda more than doubled its registrations, to 7,420.'
		]);
		expect(stems.filter((s) => /^In Denmark in 2025, (?:the Volkswagen ID\.4 was|Skoda more than doubled)\b/.test(s)).length).toBeGreaterThanOrEqual(1);
		expect(stems.filter((s) => /^(?:The Volkswagen ID\.4 was|Skoda more than doubled)\b/.test(s))).toEqual([]);
	});
});
