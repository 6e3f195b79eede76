import { describe, expect, it } from 'vitest';
import { computableKey } from '../../src/lib/quiz/arithmetic';
import { backReference, leansOnEarlierEvent } from '../../src/lib/quiz/back-references';
import { topiclessNoun } from '../../src/lib/quiz/definites';
import { tagsOf } from '../../src/lib/quiz/lexicon';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { checksOf, filler } from './report';

// invented articles, each past 50 words with the filler: stems whose "the X" has its whole inside the stem itself
const marathon = [
	'Chilean runner Tomas Vera won the Lakeport Marathon on Sunday in 2 hours, 8 minutes and 12 seconds, a course record.',
	'Vera broke away from a three-man pack after the 30-kilometre mark and finished 41 seconds clear of Peru’s Luis Ortega.',
	'Irish runner Niamh Gallagher, 29, won the women’s race in 2:25:40, holding off Kenya’s Faith Wanjiru by 18 seconds.',
	'Organisers said 14,300 runners started the race, up from 12,100 a year earlier.'
];
const lottery = [
	'A Cork bakery owner who says he has played the same five numbers for 17 years has claimed a €6.4 million Lotto jackpot, the National Lottery said on Friday.',
	'Shares of Harlow Foods have risen about 22 percent since the start of June, while rivals Benning and Marsh are up more than 35 percent over the same period.',
	'Benning has offered 4.5 percent over the same period.'
];
const harbour = [
	'Chile approved a $900 million expansion of the port of San Vicente on Monday, the transport ministry said.',
	'The expansion will be run by a joint venture in which state-owned Empresa Portuaria holds 60 percent and Norway’s Fjordline Terminals holds the remaining 40 percent.',
	'Chile’s exports rose 9.2 percent last year to about $98 billion, with China its largest single market.',
	'Rainfall in the region averaged 180 millimetres, about 35% below the 20-year average, the weather office said.',
	'About 2.1 million doses have been delivered for the second phase of the measles programme, with the government contributing about $4 million of the estimated $30 million cost.'
];

/** The R4 checks of the stems a report wrote from `paragraphs` (with the filler) that match `pattern`. */
function r4(title: string, paragraphs: string[], pattern: RegExp): string[] {
	return checksOf(title, paragraphs, pattern).filter((c) => c === 'R4');
}

/** `backReference` for a stem written from the sentence of `article` that `at` finds. */
function backOf(title: string, paragraphs: string[], at: RegExp, stem: string): string | undefined {
	const article = parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`);
	const sentences = splitSentences(article);
	const isVerb = (w: string) => tagsOf(w.toLowerCase()).some((t) => /Tense|Copula|Modal|Auxiliary/.test(t));
	return backReference(article, sentences, sentences.find((s) => at.test(s.text))!, stem, isVerb);
}

describe('a "the X" whose whole the stem itself gives is no back-reference (QUALITY.md R4)', () => {
	it('keeps "the women’s race", "after the 30-kilometre mark", "below the 20-year average" and "$4 million of the estimated $30 million cost"', () => {
		expect(backOf('Vera breaks Lakeport Marathon record', marathon, /Gallagher/, 'Irish runner Niamh Gallagher, 29, won the women’s race in 2:25:40, holding off Kenya’s Faith Wanjiru by _____ seconds.')).toBeUndefined();
		expect(backOf('Vera breaks Lakeport Marathon record', marathon, /30-kilometre/, 'Vera broke away from a three-man pack after the 30-kilometre mark and finished _____ seconds clear of Peru’s Luis Ortega.')).toBeUndefined();
		expect(backOf('Chile approves San Vicente port expansion', harbour, /Rainfall/, 'Rainfall in the region averaged _____ millimetres, about 35% below the 20-year average, the weather office said.')).toBeUndefined();
		expect(backOf('Chile approves San Vicente port expansion', harbour, /doses/, 'About _____ million doses have been delivered for the second phase of the measles programme, with the government contributing about $4 million of the estimated $30 million cost.')).toBeUndefined();
		expect(r4('Vera breaks Lakeport Marathon record', marathon, /women’s race/)).toEqual([]);
	});

	it('still refuses a measured thing of the story and a cost no part of which the stem gives', () => {
		expect(backOf('Vera breaks Lakeport Marathon record', marathon, /Organisers/, 'Organisers said _____ runners started the 42-kilometre race.')).toBe('the 42-kilometre race');
		expect(backOf('Chile approves San Vicente port expansion', harbour, /doses/, 'The government will pay the estimated $_____ million cost.')).toBe('the estimated $_____ million cost');
	});
});

describe('"the same" as what the stem itself gives, and a "he" its person says of himself (QUALITY.md R4)', () => {
	it('keeps the same numbers over years (of "A ... owner who says he"), and the same period as the span the stem gave', () => {
		expect(r4('Cork baker claims €6.4 million Lotto jackpot', lottery, /same five numbers for/)).toEqual([]);
		expect(r4('Cork baker claims €6.4 million Lotto jackpot', lottery, /since the start of June/)).toEqual([]);
	});

	it('refuses the same period the sentences before gave', () => {
		expect(r4('Cork baker claims €6.4 million Lotto jackpot', lottery, /^Benning has offered/).length).toBeGreaterThan(0);
	});
});

describe('the rest of a hundred and a place’s whole trade (QUALITY.md R4)', () => {
	it('keeps "the remaining 40 percent" beside the 60 percent the stem gives, and nothing else "remaining"', () => {
		expect(leansOnEarlierEvent('The expansion will be run by a joint venture in which state-owned Empresa Portuaria holds 60 percent and Norway’s Fjordline Terminals holds the remaining 40 percent.')).toBe(false);
		expect(leansOnEarlierEvent('Norway’s Fjordline Terminals holds the remaining 40 percent.')).toBe(true);
		// a blank in either share leaves the other one's key to arithmetic: still refused
		expect(leansOnEarlierEvent('Empresa Portuaria holds _____ percent and Fjordline Terminals holds the remaining 40 percent.')).toBe(true);
		expect(leansOnEarlierEvent('Independent candidates took the remaining three seats.')).toBe(true);
	});

	it('keeps a country’s exports, not bare ones', () => {
		const article = parseArticleText(`Chile approves San Vicente port expansion\n\n${[...harbour, ...filler].join('\n\n')}`);
		expect(topiclessNoun(article, 'Chile’s exports rose _____ percent last year to about $98 billion, with China its largest single market.', (w) => /^Chile|China$/.test(w))).toBeUndefined();
		expect(topiclessNoun(article, 'Exports rose _____ percent last year.')).toBe('Exports');
	});
});

// invented: a part of a plural its own clause gives, a rank among all, a merger's own product, and a question closing on a quote's full stop
const quake = [
	'A magnitude 5.9 earthquake struck the Rif mountains of northern Morocco early on Saturday, killing at least 31 people, officials said.',
	'Interior ministry spokesman Karim Lahlou said on Sunday that 2,150 homes had been damaged, 410 of them completely destroyed.',
	'Two of them, in the town of Chefchaouen, had housed 85 families.',
	'Morocco has 14 seismic monitoring stations, the second-highest number of any country in North Africa.'
];
const merger = [
	'Brightwater and Kessel Foods agreed an all-share merger on Monday that creates Britain’s third-largest bakery group.',
	'Once the Brightwater–Kessel all-share deal closes, Brightwater shareholders will own 61 per cent of the enlarged group and Kessel shareholders 39 per cent.',
	// (a part counted after a comma, ", many of them bakers ...", is now left out of the question, which then closes on no
	// quote: the quote closes the counted clause itself here)
	'About 120 bakers carried badges reading "Save Our Ovens."'
];

describe('a part, a rank and a product the stem itself gives (QUALITY.md R4), and no question closing on a quote’s full stop (R1)', () => {
	it('keeps "2,150 homes had been damaged, 410 of them ..." and refuses an opening "Two of them"', () => {
		expect(r4('Earthquake in northern Morocco kills 31', quake, /homes had been damaged, 410 of them/)).toEqual([]);
		expect(r4('Earthquake in northern Morocco kills 31', quake, /^Two of them/).length).toBeGreaterThan(0);
	});

	it('keeps "the second-highest number of any country" and "of the enlarged group" after the deal the stem names', () => {
		expect(r4('Earthquake in northern Morocco kills 31', quake, /second-highest number/)).toEqual([]);
		const group = checksOf('Brightwater and Kessel Foods agree merger', merger, /enlarged group/);
		expect(group.length).toBeGreaterThan(0);
		expect(group.filter((c) => c === 'R4')).toEqual([]);
	});

	it('refuses a question that closes on a quote’s own full stop', () => {
		const asked = checksOf('Brightwater and Kessel Foods agree merger', merger, /Ovens\."\?$/);
		expect(asked.length).toBeGreaterThan(0);
		expect(asked.every((c) => c === 'R1')).toBe(true);
	});

	it('finds the key of a split in two from its other side (R5)', () => {
		expect(computableKey('Brightwater shareholders will own _____ per cent of the enlarged group and Kessel shareholders 39 per cent.', 61, true)).toBe(true);
		expect(computableKey('Turnout was _____ per cent, up from 39 per cent in 2019.', 58, true)).toBe(false);
	});
});
