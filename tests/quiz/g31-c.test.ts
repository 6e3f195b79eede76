import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
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
