import { describe, expect, it } from 'vitest';
import { leansOnEarlierEvent } from '../../src/lib/quiz/back-references';
import { nameHeads, unnamedHead } from '../../src/lib/quiz/named-heads';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { filler, kept } from './report';

/** `nameHeads` and `unnamedHead` of a stem asked from an invented article's last sentence (`filler` after it, to pass 50 words). */
function heads(title: string, paragraphs: string[], stem: string): { named: string; unnamed: boolean } {
	const article = parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`);
	const sentences = splitSentences(article);
	const last = sentences[sentences.length - 1 - filler.length];
	const named = nameHeads(article, sentences, last, stem);
	return { named, unnamed: unnamedHead(article, sentences, last, named) };
}

describe('"the ship", "the ferry": the one vessel the article names', () => {
	const cruise = [
		'More than 140 passengers fell ill aboard the Aurora Star, operated by Tampa-based Halcyon Cruises, health officials said.',
		'The ship left Tampa on 3 May and called at three ports in Mexico.',
		'An inspector boarded the ship when it docked in Tampa on Friday.'
	];

	it('writes the vessel in where the article names one', () => {
		expect(heads('Norovirus outbreak aboard cruise ship', cruise, 'An inspector boarded the ship when it docked in Tampa on Friday.')).toEqual({
			named: 'An inspector boarded the Aurora Star when it docked in Tampa on Friday.',
			unnamed: false
		});
	});

	it('writes a name the article gives after the kind, with its own article or none', () => {
		const ferry = [
			'Harbour Lines has put the electric ferry Solveig Dawn into service on the Oban crossing.',
			'The company said the ferry would cut fuel costs by a third.'
		];
		expect(heads('Electric ferry enters service', ferry, 'Harbour Lines said the ferry would cut fuel costs by a third.').named).toBe('Harbour Lines said Solveig Dawn would cut fuel costs by a third.');
	});

	it('refuses "the ferry" where the article names another vessel that may be one', () => {
		const two = [
			'Harbour Lines has put the electric ferry Solveig Dawn into service on the Oban crossing.',
			'Scotland has run battery ships since the MV Loch Fyne entered service in 2016.',
			'The company said the ferry would cut fuel costs by a third.'
		];
		expect(heads('Electric ferry enters service', two, 'Harbour Lines said the ferry would cut fuel costs by a third.')).toEqual({
			named: 'Harbour Lines said the ferry would cut fuel costs by a third.',
			unnamed: true
		});
	});

	it('writes in no vessel where the article tells of an unnamed one the headline does not make the story’s', () => {
		const aground = [
			'A Panama-flagged bulk carrier, the MV Orient Sun, ran aground off Mossel Bay early on Monday.',
			'In 2023, a Chinese-owned vessel spilled oil near Algoa Bay.',
			'The vessel had about 1,200 tons of fuel oil on board.'
		];
		expect(heads('Bulk carrier runs aground off South Africa', aground, 'The vessel had about 1,200 tons of fuel oil on board.')).toEqual({
			named: 'The vessel had about 1,200 tons of fuel oil on board.',
			unnamed: true
		});
	});

	it('never writes the rescue ship in for the headline’s boat', () => {
		const rescue = [
			'Dozens of people are missing after a crowded migrant boat capsized off Lampedusa, the coast guard said.',
			'“Most did not have life jackets,” said Anna Weiss, a coordinator aboard the Sea Lark 3, a German charity ship that reached the scene first.',
			'The vessel capsized about 20 miles south of the island.'
		];
		for (const stem of ['The boat capsized about 20 miles south of the island.', 'The vessel capsized about 20 miles south of the island.']) {
			expect(heads('Migrant boat capsizes off Lampedusa', rescue, stem).named).toBe(stem);
		}
	});

	it('leaves "the trawler" alone where the only named vessels are called by another kind', () => {
		const trawler = [
			'Four fishermen were rescued after their trawler took on water off Kerry.',
			'A naval vessel, the LÉ Aoife, stood by until a helicopter arrived.',
			'The trawler sank an hour later.'
		];
		expect(heads('Trawler sinks off Kerry', trawler, 'The trawler sank an hour later.')).toEqual({ named: 'The trawler sank an hour later.', unnamed: false });
	});
});

describe('"the county" with no county named', () => {
	it('refuses "the county\'s economy" where the article names no county', () => {
		const lakes = [
			'Record crowds have prompted parking curbs at beauty spots around Windermere, park officials said.',
			'The park had 18.4 million visitors last year, up 6 per cent on the year before.',
			'Tourism is worth an estimated £1.5bn a year to the county’s economy, according to Lakeland Tourism, and supports around 18,000 jobs in the park.'
		];
		expect(kept('Record crowds prompt parking curbs at lakes', [...lakes, ...filler]).filter((s) => s.includes('county'))).toEqual([]);
	});

	it('writes in the one county the article names', () => {
		const orange = [
			'Wildfire crews in Orange County contained a 400-acre blaze near Irvine on Tuesday, officials said.',
			'The fire destroyed 12 homes and forced 3,000 residents to leave.',
			'Tourism is worth an estimated $1.5bn a year to the county’s economy, according to Irvine Tourism, and supports around 18,000 jobs in the hills.'
		];
		expect(kept('Wildfire near Irvine contained', [...orange, ...filler]).filter((s) => s.includes('the county’s'))).toEqual([]);
		expect(kept('Wildfire near Irvine contained', [...orange, ...filler]).some((s) => s.includes('to Orange County’s economy'))).toBe(true);
	});
});

describe('a stem leaning on an event told before', () => {
	it('refuses what remains, a day’s act, a study’s people and a changed charge', () => {
		expect(leansOnEarlierEvent('The remaining staff, about 170 people, will be moved to other projects.')).toBe(true);
		expect(leansOnEarlierEvent('Wednesday’s move leaves Belarus with a skeleton staff in Warsaw.')).toBe(true);
		expect(leansOnEarlierEvent('About 40 per cent of participants are expected to come from poorer areas.')).toBe(true);
		expect(leansOnEarlierEvent('Anna Kerr said the higher taxes would hurt local bottlers.')).toBe(true);
	});

	it('refuses an alternative or an exemption whose other half was told before', () => {
		expect(leansOnEarlierEvent('Patients will be taken instead to Telford General, about 20 miles away.')).toBe(true);
		expect(leansOnEarlierEvent('In Oregon, homes built after 2012 would be exempt.')).toBe(true);
		expect(leansOnEarlierEvent('Among other findings, 29 per cent were children under 18.')).toBe(true);
		expect(leansOnEarlierEvent('Patients will go to Telford General instead of Shrewsbury, about 20 miles away.')).toBe(false);
		expect(leansOnEarlierEvent('In Oregon, homes built after 2012 would be exempt from the rent cap.')).toBe(false);
		expect(leansOnEarlierEvent('Under Salem’s new rent cap, homes built after 2012 would be exempt.')).toBe(false);
	});

	it('lets a phrase that says which stand', () => {
		expect(leansOnEarlierEvent('The remaining staff of the Leeds plant will be moved to other projects.')).toBe(false);
		expect(leansOnEarlierEvent('Wednesday’s move to expel four diplomats leaves Belarus with a skeleton staff.')).toBe(false);
		expect(leansOnEarlierEvent('About 40 per cent of participants in the Lothian sleep study were children.')).toBe(false);
		expect(leansOnEarlierEvent('Anna Kerr said the higher taxes on sugary drinks would hurt local bottlers.')).toBe(false);
	});

	it('writes in the organisation the sentence before speaks of itself as, for a mid-stem "its"', () => {
		const cuts = [
			'Shoppers will pay less for staples after two grocers announced cuts within hours of each other yesterday.',
			'Dunmore Stores said it was cutting the price of more than 400 lines by an average of 11 per cent. A two-litre carton of its own-brand milk falls from €2.29 to €1.99, while a block of butter drops by 40c to €3.59.',
			'Rival chain Brennans will cut prices on 250 products next week.'
		];
		const stems = kept('Grocery price war heats up', [...cuts, ...filler]);
		expect(stems.filter((s) => /own-brand/.test(s)).every((s) => s.includes('Dunmore Stores’ own-brand') || s.includes("Dunmore Stores' own-brand"))).toBe(true);
		expect(stems.some((s) => /Dunmore Stores[’'] own-brand/.test(s))).toBe(true);
	});

	it('refuses "The moves" and an owner-less "its own-brand" in the generator', () => {
		const war = [
			'Dunmore Stores is cutting prices on 400 everyday products from Monday as the grocery price war heats up.',
			'A two-litre carton of its own-brand milk falls from €2.29 to €1.99, while a block of butter drops by 40c to €3.59.',
			'Rival chain Brennans will cut prices on 250 products next week.',
			'The moves come after discounters cut prices on about 300 products earlier this month.'
		];
		const stems = kept('Grocery price war heats up', war);
		expect(stems.filter((s) => /\bits own-brand\b|^The moves\b/.test(s))).toEqual([]);
	});
});
