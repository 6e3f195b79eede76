import { describe, expect, it } from 'vitest';
import { falseTurns, generateWithReport } from '../../src/lib/quiz/generate';
import { nameHeads } from '../../src/lib/quiz/named-heads';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// an invented regatta report whose winner is named in most sentences: as a key, as the one a
// statement is about ("The 27-year-old Dalsgaard ... finished"), as the speaker of a quote
const ROWING_TITLE = 'Dalsgaard powers Kestrel to record win in the Lakeland Sculls';
const ROWING = [
	'WINDERMERE: Single sculler Henrik Dalsgaard won the Lakeland Sculls by 14 seconds on Sunday, setting a course record of 7 minutes 41 seconds on the 2,000-metre course.',
	'The 27-year-old Dalsgaard, racing in only his fourth season, finished 9 lengths clear of the defending champion Oskar Lindqvist.',
	'Dalsgaard led from the 500-metre mark and rated 36 strokes a minute through the middle of the race.',
	'"I felt strong from the first stroke and just kept my rhythm," Dalsgaard said after the final.',
	'"The water was flat and the wind was behind us, so I knew a record was possible."',
	'Dalsgaard also won the double sculls with his brother Anders on Saturday, the 3rd title of his weekend.',
	'Oskar Lindqvist won the Lakeland Sculls 5 times between 2019 and 2024.',
	'"Henrik rowed a perfect race, and I had nothing left in the last 500 metres," Lindqvist said.',
	'Kestrel Rowing Club has 420 members and trains on Lake Windermere all year.',
	'"We changed the boat in March and the crew adapted to it within a fortnight," Ferreira said.',
	'About 3,200 spectators lined the shore of Lake Windermere for the Lakeland Sculls finals.',
	'The Lakeland Sculls raised 48,000 pounds for the Windermere Lake Rescue service this year.',
	'The Windermere Lake Rescue service has 65 volunteer crew members.',
	'The Lakeland Sculls course will be widened by 8 metres before the 2026 regatta.'
];
const article = parseArticleText(`${ROWING_TITLE}\n\n${ROWING.join('\n\n')}`);

describe('two items about one entity (g31-c)', () => {
	it('counts the person a stem names, the story’s own subject too, beside the key', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const items = generateWithReport(article, { seed, maxItems: 6 }).quiz.items;
			expect(items.length).toBe(6);
			const about = items.filter((i) => /Dalsgaard/.test(i.stem) || i.options[i.key].includes('Dalsgaard'));
			expect(about.length).toBeLessThanOrEqual(2);
		}
	});
});

describe('true/false balance (g31-c)', () => {
	it('hands the false turn of a statement held true to another that can be false', () => {
		// two held true (their false forms would name someone shown twice) before three that can be false
		expect(falseTurns(['true', 'true', 'free', 'free', 'free', 'true'], true)).toEqual([false, false, true, true, true, false]);
		expect(falseTurns(['true', 'free', 'true', 'free', 'free', 'free'], false)).toEqual([false, false, false, true, true, true]);
		// all free: half, spread, the seed's first turn rounding an odd count
		expect(falseTurns(['free', 'free', 'free', 'free'], true)).toEqual([true, false, true, false]);
		expect(falseTurns(['free', 'free', 'free'], false)).toEqual([false, true, false]);
		// a forced false counts toward the half
		expect(falseTurns(['forced', 'free', 'free', 'free'], true)).toEqual([true, true, false, false]);
	});
});

// an invented road-works notice whose "at least" is advice to drivers, and an index named after "the latest"
const ROADS_TITLE = 'A91 to close for two nights at Kelmarsh for bridge repairs';
const ROADS = [
	'The A91 will close in both directions between Kelmarsh and Orton for two nights next week while a bridge is repaired, the county council said.',
	'Drivers will be sent along the B5140 through Orton, and are being told to allow at least 35 extra minutes for their journeys.',
	'The £2.3m repair will replace 14 bearings on the Kelmarsh river bridge, which carries about 21,000 vehicles a day.',
	'Road traffic in the county rose 3.1 per cent in March, according to the latest Penwick Motoring Traffic Index published on Monday.',
	'Lorry journeys rose 5.4 per cent on a year earlier, the index showed.'
];
const roads = parseArticleText(`${ROADS_TITLE}\n\n${ROADS.join('\n\n')}`);

describe('advice and a name after "the latest" (g31-c)', () => {
	it('makes no false statement of advice on a bound ("told to allow fewer than ..." reads as advice, R1)', () => {
		for (let seed = 1; seed <= 10; seed++) {
			for (const item of generateWithReport(roads, { seed, maxItems: 15 }).quiz.items) expect(item.stem).not.toMatch(/allow (?:fewer|less) than/);
		}
	});

	it('writes "the index" as the name with its "the" where the article writes "the latest" before it (R1)', () => {
		const sentences = splitSentences(roads);
		const sentence = sentences.find((s) => s.text.startsWith('Lorry journeys'))!;
		expect(nameHeads(roads, sentences, sentence, 'Lorry journeys rose _____ per cent on a year earlier, the index showed.')).toBe('Lorry journeys rose _____ per cent on a year earlier, the Penwick Motoring Traffic Index showed.');
	});
});
