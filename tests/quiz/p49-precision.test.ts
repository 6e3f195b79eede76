import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { extractFacts, recurringNames } from '../../src/lib/quiz/facts';

function stemsOf(text: string): { shown: string[]; all: string[] } {
	const report = generateWithReport(parseArticleText(text), { seed: 1 });
	const shown = report.quiz.items.map((i) => i.stem);
	return { shown, all: [...shown, ...report.rejections.map((r) => r.stem)] };
}

const obituary = `Marta Oleksiw, Ukrainian poet of the Carpathian villages, dies aged 81

Marta Oleksiw, the Ukrainian poet whose verses about mountain farming families were read in schools across the country, has died at her home in Lviv.

She was 81.

Born in 1944 in a hamlet near Verkhovyna, Oleksiw was the eldest of four daughters of a shepherd and a seamstress.

Her first collection, Smoke Over the Pasture, appeared in 1969.

Over her long career she wrote 19 books of poems and two plays.

Colleagues paid tribute on Tuesday.

The composer Nikita Hrytsenko, 41, said that hearing Smoke Over the Pasture as a student in Kolomyia had given him "a reason to stay in the mountains".

In 1972 she married the sculptor Bohdan Levytsky, whose carvings decorated the covers of several of her books.

She is survived by two daughters and five grandchildren.`;

describe('a life event of someone the stem never places in the story', () => {
	// "Bohdan Levytsky died in 2010." read alone never says he was the poet's husband (dev154 and dev155 readers' R7)
	it('is not asked', () => {
		const widowed = obituary.replace('of her books.', 'of her books.\n\nBohdan Levytsky died in 2010.');
		expect(stemsOf(widowed).shown.filter((s) => /^Bohdan Levytsky died/.test(s))).toEqual([]);
	});
});


const sugarTax = `Sugar tax on soft drinks cut teenagers' intake, Norwegian study finds

A tax on sugary soft drinks cut the amount of sugar eaten by teenagers in Norway by about a tenth within two years, according to a study published on Friday in the Nordic Journal of Nutrition.

The researchers, from the University of Bergen, followed 2,318 pupils aged 13 to 16 in 41 schools in Vestland county.

Average sugar intake among Norwegian teenagers is estimated at around 11.5 teaspoons a day, more than double the health directorate's recommended limit of 5 teaspoons.

Sales of sugary drinks in school canteens fell by 18 per cent in the first year of the tax.

The study's lead author, Dr Ingrid Solberg, said the results showed that "price matters to young people".

"Teenagers notice every krone," she said.

The government plans to raise the tax again next year.`;

describe('an estimate whose stem writes the key as a multiple of another figure', () => {
	// "around _____ teaspoons, more than double the limit of 5 teaspoons" gives about ten (a dev154 reader's R5 on "almost double")
	it('is not asked', () => {
		expect(stemsOf(sugarTax).shown.filter((s) => /around _____ teaspoons/.test(s))).toEqual([]);
	});
});

const tenMen = `Ten-man Dunmore hold on for draw at Calder Bridge

Calder Bridge and Dunmore Town drew 1-1 at Riverside Park on Saturday after Dunmore played the last half-hour with ten men.

Leon Abara put the home side ahead in the 22nd minute with a low shot from the edge of the area.

Dunmore equalised in the 49th minute through Tomasz Wilk, who headed in a corner from Jordan Pell.

Dunmore captain Sean Hallett was sent off in the 61st minute after a second booking for a foul on Abara.

Dunmore manager Frank Oduya said the second yellow card was "soft" and that his side had deserved a win.

"We defended like lions for half an hour," Oduya said.

Calder Bridge manager Anita Morrow said her players had lacked ideas in the final third.

The result leaves Calder Bridge fourth in the table, two points behind Dunmore.`;

describe('an ordinal whose noun has a natural bound', () => {
	// a player is shown two yellow cards at most: "the fourth yellow card" is an absurd option (a dev154 reader's R8)
	it('asks no blank for "the second yellow card"', () => {
		expect(stemsOf(tenMen).shown.filter((s) => /_____ yellow card/.test(s))).toEqual([]);
	});
});

describe('a name described as a maker of something', () => {
	// "Brightwater Cables, the Sheffield-based maker of ...": filed as a person, the company was offered
	// among who said an analyst's words (a dev155 reader's R8)
	it('is an organisation', () => {
		const text = 'Kestwick Pumps, the Bristol-based maker of industrial water pumps and valves, reported a rise in profit. Chief executive Helen Marsh said demand was strong.';
		expect(recurringNames(text).has('Kestwick Pumps')).toBe(true);
		expect(recurringNames('Helen Marsh, the founder of a pump maker, said demand was strong.').has('Helen Marsh')).toBe(false);
	});
});

const stageDesigner = `Ilse Brandtner, Austrian stage designer, dies aged 88

Ilse Brandtner, the stage designer whose painted sets filled the opera houses of Vienna and Salzburg for four decades, has died aged 88.

Born in Graz in 1937, she studied at the design faculty of the Academy of Fine Arts in Vienna, graduating in 1960.

Her first major commission came in 1964, for a production of The Magic Flute at the Salzburg Festival.

Over the next 40 years she designed more than 120 productions across Europe.

Brandtner was awarded the Austrian Cross of Honour in 2004 for services to the arts, and in 2012 the city of Vienna made her an honorary citizen.

She is survived by her son, Markus, and two grandchildren.`;

describe('a field named by its plural', () => {
	// "for services to the arts" written as "to the Academy of Performing Arts" was a false claim (a dev155 reader's R6)
	it('is never written as a body whose name ends in it, and stays askable', () => {
		const { all, shown } = stemsOf(stageDesigner);
		expect(all.filter((s) => /services to the Academy/.test(s))).toEqual([]);
		expect(shown.some((s) => /for services to the arts\.$/.test(s))).toBe(true);
	});
});

const pumpMaker = `Kestwick Pumps lifts profit 12% and buys Danish rival

Kestwick Pumps, the Bristol-based maker of industrial water pumps and valves, reported a 12 per cent rise in annual pre-tax profit on Tuesday and agreed to buy Nordvand, a Danish rival, for €140m.

Pre-tax profit rose to £61.2m from £54.6m, on revenue of £910m.

Kestwick Pumps will publish its half-year results on 14 September.

Chief executive Helen Marsh said demand from water companies had been strong all year.

"Our customers are replacing pumps that are forty years old," Marsh said.

Nordvand, based in Aarhus, employs 380 people and had sales of €96m last year.

"We have admired Kestwick for a long time," Nordvand's founder, Anders Holm, said in a statement.

Kestwick will pay €110m in cash, with a further €30m dependent on profit targets.

"The price looks fair and the deal fills a gap in northern Europe," said Rupert Vane, an analyst at the broker Colebrook Shaw.

Shares in Kestwick rose 4 per cent to 612p.

Kestwick said trading in the first two months of the year had been in line with expectations.`;

describe("a company's next report date", () => {
	// "will publish its first-quarter results on 23 April" is the calendar at a results story's foot (a dev154 reader's R7)
	it('is refused as not worth asking', () => {
		const report = generateWithReport({ ...parseArticleText(pumpMaker), published: '2026-03-04' }, { seed: 1 });
		expect(report.quiz.items.filter((i) => /will publish its half-year results/.test(i.stem))).toEqual([]);
		expect(report.rejections.some((r) => r.check === 'R7' && /will publish its half-year results on _____/.test(r.stem))).toBe(true);
	});
});
