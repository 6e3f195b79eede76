import { describe, expect, it } from 'vitest';
import { originsOf, slotOrigin, visitedIn, type OriginLexicon } from '../../src/lib/quiz/origins';
import { retailersOf } from '../../src/lib/quiz/speakers';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { itemsOf } from './report';

/** The corpus articles, read where they are (never copied into a test). */
const corpus = resolve(process.env.ARTICLES_DIR ?? '../shared/articles');

/** A small gazetteer for origins.ts: the places and demonyms these tests use. */
const lexicon: OriginLexicon = {
	isPlace: (n) => ['Kenya', 'Ethiopia', 'Canada', 'Calgary', 'Halifax', 'Oslo'].includes(n),
	countryOf: (p) => ({ Kenya: 'Kenya', Ethiopia: 'Ethiopia', Canada: 'Canada', Oslo: 'Norway' })[p],
	countryOfDemonym: (w) => ({ Canadian: 'Canada', Kenyan: 'Kenya', Ethiopian: 'Ethiopia' })[w]
};

const race = [
	"Kenya's Peter Mwangi won the Lakeside Marathon on Sunday in two hours six minutes, pulling clear of two Ethiopians late in the race.",
	"Ethiopia's Daniel Bekele was second, with his countryman Samuel Tadesse third.",
	"In the women's race, Ethiopia's Mary Girma won in 2:22:10 ahead of Kenya's Grace Chebet.",
	'"It is my first time in Canada, and the crowds were wonderful," Girma said after the race.',
	"The top Canadians were Tom Ouellet of Halifax, who was eighth, and Calgary's Jennifer Moss, who was sixth among the women.",
	'"I never expected to run this fast," said Moss, who works as a nurse.',
	'"The wind off the lake was hard for everyone," said Chebet.',
	'"I was happy with my pace until the last five kilometres," said Tadesse.',
	'"We will be back next year to defend the title," said Mwangi.'
];

/** Every option and every false statement (a true one is the article's) the generator offers on items of a person, place or organisation key whose source sentence includes `words`. */
function offered(title: string, paragraphs: string[], words: string): string[] {
	return itemsOf(title, paragraphs)
		.filter((i) => i.source.text.includes(words) && (i.type === 'who-said' || i.factType === 'person' || i.factType === 'place' || i.factType === 'organisation'))
		.flatMap((i) => (i.type === 'true-false' ? (i.key === 1 ? [i.stem] : []) : i.options));
}

describe('a person option fits the origin its slot gives', () => {
	it('reads where people come from: a place in the possessive, "of" a place, a group of one nationality, a countryman', () => {
		const origins = originsOf(race, [
			{ full: 'Peter Mwangi', surname: 'Mwangi' },
			{ full: 'Daniel Bekele', surname: 'Bekele' },
			{ full: 'Samuel Tadesse', surname: 'Tadesse' },
			{ full: 'Tom Ouellet', surname: 'Ouellet' },
			{ full: 'Jennifer Moss', surname: 'Moss' }
		], lexicon);
		expect([...origins.get('Mwangi')!]).toEqual(['kenya']);
		expect([...origins.get('Tadesse')!]).toEqual(['ethiopia']);
		expect(new Set(origins.get('Ouellet'))).toEqual(new Set(['halifax', 'canada']));
		expect(new Set(origins.get('Moss'))).toEqual(new Set(['calgary', 'canada']));
	});

	it('reads the origin a slot demands, and none where it names none', () => {
		expect(slotOrigin("In the women's race, Ethiopia's ", ', 31, won.', lexicon)).toEqual(new Set(['ethiopia']));
		expect(slotOrigin('The top Canadians were ', ' and Jennifer Moss.', lexicon)).toEqual(new Set(['canada']));
		expect(slotOrigin('The race was won by ', ' in record time.', lexicon)).toBeUndefined();
		expect(slotOrigin('with his countryman ', ' third.', lexicon, new Set())).toEqual(new Set());
	});

	it('never offers "Calgary\'s" runner as an Ethiopian, nor a Kenyan among "the top Canadians"', () => {
		for (const o of offered('Mwangi wins Lakeside Marathon', race, 'The top Canadians')) expect(o).not.toMatch(/Mwangi|Bekele|Tadesse|Girma|Chebet/);
		for (const o of offered('Mwangi wins Lakeside Marathon', race, "Ethiopia's Mary Girma")) {
			expect(o).not.toMatch(/Ethiopia's (?:Jennifer Moss|Tom Ouellet|Peter Mwangi|Grace Chebet)|^(?:Moss|Ouellet|Mwangi|Chebet)$/);
			expect(o).not.toMatch(/Kenya's (?:Jennifer Moss|Tom Ouellet|Mary Girma|Daniel Bekele|Samuel Tadesse)/);
		}
	});

	it('never offers someone the article places in Canada as the speaker of "my first time in Canada"', () => {
		expect(visitedIn('It is my first time in Canada, and the crowds were wonderful', lexicon)).toEqual(new Set(['canada']));
		const quoted = itemsOf('Mwangi wins Lakeside Marathon', race).filter((i) => i.source.text.includes('first time in Canada') && (i.type === 'who-said' || i.factType === 'person'));
		expect(quoted.length).toBeGreaterThan(0);
		for (const i of quoted) for (const o of i.type === 'true-false' ? (i.key === 1 ? [i.stem] : []) : i.options) expect(o).not.toMatch(/Moss|Ouellet/);
	});
});

describe('a place a slot ties to a government, a border or a ruler takes no options', () => {
	const belarus = [
		'Alexander Lukashenko flew to Sochi on Monday for talks with Vladimir Putin, his first trip abroad since the disputed election in Belarus.',
		'Mr Putin sees neighbouring Belarus as a key bulwark against NATO and a conduit for gas exports to Europe.',
		'Before the election, Mr Lukashenko repeatedly accused the Kremlin of pressing Belarus to abandon its independence.',
		'Protesters have marched in Minsk, Grodno and Brest every Sunday since August, and dozens of them fled to Poland and Lithuania.'
	];

	it('asks no "neighbouring ___": no list of borders is installed to tell a neighbour', () => {
		expect(itemsOf('Lukashenko meets Putin in Sochi', belarus).filter((i) => i.source.text.includes('neighbouring'))).toEqual([]);
	});

	it('swaps no country into "pressing ___ to abandon its independence": a country urged or pressed stands for its government', () => {
		const article = parseArticleText(readFileSync('questions/articles/00-belarus-lukashenko-putin-sochi.txt', 'utf8'));
		for (const seed of [1, 2, 3]) {
			const pressed = generateWithReport(article, { seed, maxItems: 15 }).quiz.items.filter((i) => i.factType === 'place' && i.source.text.slice(0, i.source.keySpan.start).endsWith('pressing '));
			expect(pressed).toEqual([]);
		}
	});

	it('asks no place a person owns or rules ("Idi Amin\'s ___")', () => {
		const envoy = [
			'Jim Callaghan, the former prime minister, has died at the age of 92, his family said on Sunday.',
			"As foreign secretary he travelled to Idi Amin's Uganda in 1975 to plead for the life of a British lecturer.",
			'He later served in Cardiff and in London, and was made a life peer in 1987, said his daughter Margaret Jay.',
			'Mr Callaghan met Amin in Kampala, and the talks were tense, according to Foreign Office papers released in Britain.'
		];
		expect(offered('Callaghan dies at 92', envoy, "Amin's Uganda")).toEqual([]);
	});
});

describe('a shop a product is sold at never stands in for the company that makes it', () => {
	const recall = [
		'An Ohio company that makes store-brand baby formula sold at Walmart, Kroger and Target is recalling about 1.2 million cans over possible contamination.',
		'Brightfield Nutrition Inc. said the recall covers cans made at its plant in Dayton between Jan. 6 and Feb. 19.',
		'Brightfield Nutrition said no illnesses had been reported.',
		'Walmart said it had pulled the products and blocked them at registers.',
		'Kroger said shoppers could return the cans for a full refund at any of its stores.',
		'The Food and Drug Administration said it was reviewing the company\'s records, and Brightfield Nutrition said it would work with Walmart and Kroger on refunds.'
	];

	it('reads the shops a product is sold at', () => {
		expect(retailersOf(recall[0])).toEqual(new Set(['Walmart', 'Kroger', 'Target']));
	});

	it('never writes "Brightfield Nutrition said it had pulled the cans and blocked them at registers"', () => {
		for (const o of offered('Formula maker recalls 1.2 million cans', recall, 'blocked them at registers')) expect(o).not.toMatch(/Brightfield/);
	});
});

describe('a person named after a description of them', () => {
	it('swaps no one into "a British lecturer, ___", whom the description names', () => {
		const obituary = [
			'Jim Callaghan, the former prime minister, has died at the age of 92, his family said on Sunday.',
			'As foreign secretary he flew out to plead for the life of a British lecturer, Dennis Hills, who faced a death sentence.',
			'He served in the cabinet beside Barbara Castle and Roy Jenkins, and was made a life peer in 1987.',
			'Mr Callaghan was succeeded as Labour leader by Michael Foot in 1980, according to party records.'
		];
		for (const o of offered('Callaghan dies at 92', obituary, 'British lecturer')) expect(o).not.toMatch(/lecturer, (?:Barbara Castle|Roy Jenkins|Michael Foot|Jim Callaghan)/);
	});
});

describe.skipIf(!existsSync(corpus))('a place that acts is its people or government, and a role is held at a time', () => {
	it('swaps no country into "When Britain went to the polls in 1979", nor a later Tory leader into its "Tory leader ___"', () => {
		const article = parseArticleText(readFileSync(join(corpus, '20-bbc-lord-callaghan-dies.txt'), 'utf8'));
		for (const seed of [1, 2, 3, 4]) {
			for (const item of generateWithReport(article, { seed }).quiz.items) {
				expect(item.stem).not.toMatch(/When (?!Britain)\p{Lu}\p{L}+ went to the polls/u);
				expect(item.stem).not.toMatch(/1979, Tory leader (?!Margaret Thatcher)\p{Lu}/u);
			}
		}
	});
});
