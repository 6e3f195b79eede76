import { describe, expect, it } from 'vitest';
import { openSpan } from '../../src/lib/quiz/bounds';
import { headlineEvent } from '../../src/lib/quiz/events';
import { frontedClauseIt } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import { storyPlace } from '../../src/lib/quiz/scope';
import { splitSentences } from '../../src/lib/quiz/sentences';
import { checksOf, filler, itemsOf, stemsMatching, wrongOf } from './report';

function placeSource(title: string, paragraphs: string[], places: [string, string][]) {
	return {
		article: parseArticleText([title, ...paragraphs, ...filler].join('\n\n')),
		persons: new Map(),
		places: new Map(places.map(([text, level]) => [text.toLowerCase(), { text, level }])),
		organisations: new Map()
	};
}

// holdout184's port strike: "In Canada, by mid-afternoon, 27 vessels were anchored" for the port's own count (R4)
describe('a lead that names its country only to say where a named port, plant or firm lies sets no national scope', () => {
	it('takes no country from an apposition or an "in" after a name', () => {
		const port = ['Container traffic at Port Kestrel, Norway’s busiest container terminal, stopped on Monday after about 1,900 dockworkers walked out.', 'By the evening, 31 ships were waiting offshore.'];
		expect(storyPlace(placeSource('Dockworkers at Port Kestrel walk out over pay', port, [['Norway', 'country']]))).toBeUndefined();
		const grocer = ['Sales at Halden Foods, Norway’s largest grocer, fell 4% in the first quarter, the company said on Tuesday.', 'Profit fell by a third.'];
		expect(storyPlace(placeSource('Grocer’s sales slip as shoppers cut back', grocer, [['Norway', 'country']]))).toBeUndefined();
		const yard = ['Work at the Kestrel Yard in Norway stopped on Monday after 900 welders walked out over pay.', 'The yard builds ferries.'];
		expect(storyPlace(placeSource('Shipyard welders walk out over pay', yard, [['Norway', 'country']]))).toBeUndefined();
	});

	it('still sets a national release in its country', () => {
		const release = ['Unemployment in Norway fell to 3.9% in March, the lowest level in a decade, the statistics office said on Thursday.', 'About 112,000 people were out of work.'];
		expect(storyPlace(placeSource('Jobless rate falls to lowest level in a decade', release, [['Norway', 'country']]))).toBe('Norway');
	});
});

// holdout185's by-election: "In the more affluent wards ..., where the Lib Dems performed best, it was closer to 52%" (R4)
describe('a subject "it" after a fronted phrase with a clause of its own stands for nothing the stem says', () => {
	it('finds the "it" after a where-, when- or which-clause', () => {
		expect(frontedClauseIt('In the northern wards, where Labour polled best, it was closer to _____%.')).toBe('In the northern wards, where Labour polled best, it was closer to _____%.'.indexOf(', it ') + 2);
		expect(frontedClauseIt('At the Hull plant, which opened in 2009, it produced _____ cars last year.')).toBe('At the Hull plant, which opened in 2009, it produced _____ cars last year.'.indexOf(', it ') + 2);
		expect(frontedClauseIt('During the winter, when demand peaks, it rose to _____ megawatts.')).toBe('During the winter, when demand peaks, it rose to _____ megawatts.'.indexOf(', it ') + 2);
	});

	it('leaves an empty "it", a stem with no clause and a subject of its own', () => {
		expect(frontedClauseIt('In the northern wards, where Labour polled best, it was unclear whether _____ voters had turned out.')).toBeUndefined();
		expect(frontedClauseIt('In the northern wards, Labour won _____ seats.')).toBeUndefined();
		expect(frontedClauseIt('In the northern wards, where Labour polled best, turnout was _____%.')).toBeUndefined();
	});

	it('refuses the stem as R4', () => {
		const paragraphs = [
			'Turnout varied widely across the district, according to observers at the count in Millbrook on Friday.',
			'In the hill villages of Ashby and Colne, where the Greens did best, turnout was about 38%. In the larger wards around Millbrook, where Labour polled strongly, it was closer to 55%.'
		];
		const checks = checksOf('Greens gain Millbrook council seat as Labour holds on', paragraphs, /it was closer to/);
		expect(checks.length).toBeGreaterThan(0);
		expect(checks.every((c) => c === 'R4')).toBe(true);
	});
});

// holdout184's fraud trial: "insisted that the Bank of England was legitimate" for "the business" (R6)
describe('"the business" is never a name only a quote holds, nor a central bank', () => {
	const title = 'Investment firm founder convicted of fraud';
	const lead = 'The founder of a Leeds investment firm was convicted of fraud on Tuesday after a ten-week trial at Leeds Crown Court.';
	const accused = 'Piotr Nowak, 51, the former chief executive of Harrow Vale Capital, was found guilty of three counts of fraud.';
	const insisted = 'Nowak insisted throughout that the business was legitimate and had been hit by rising interest rates.';

	it('does not write a name from a witness’s quote for it', () => {
		const quote = '"He told me it was as safe as the Bank of England," said investor Joan Pike, 81, a retired nurse from Harrogate.';
		expect(stemsMatching(title, [lead, accused, quote, insisted, ...filler], /Bank of England was legitimate/)).toEqual([]);
	});

	it('does not write a central bank named in the narration for it', () => {
		const rates = 'Analysts said the Bank of England had raised rates 14 times in two years before the collapse.';
		expect(stemsMatching(title, [lead, accused, rates, insisted, ...filler], /Bank of England was legitimate/)).toEqual([]);
	});
});

// holdout185's marathon: "turned into a duel in the final 6 km" asked false of the article's final 10 km (R3)
describe('a stretch counted from an end or a start is no number a true/false may swap', () => {
	it('reads the stretch before the number', () => {
		expect(openSpan('The women’s race turned into a duel in the final ', ' km.')).toBe(true);
		expect(openSpan('The council must reply within ', ' days.')).toBe(true);
		expect(openSpan('Rovers led for the first ', ' minutes.')).toBe(true);
		expect(openSpan('Okafor won the race by ', ' seconds.')).toBe(false);
		expect(openSpan('Okafor broke away with ', ' km left.')).toBe(false);
		expect(openSpan('The race was held in ', '.')).toBe(false);
	});

	// g31-b: a figure measured over the stretch holds of that stretch alone, so another length is another claim
	it('reads a stretch the stem measures something over, or compares, as a number like any other', () => {
		expect(openSpan('House prices have risen by a third over the past ', ' years.')).toBe(false);
		expect(openSpan('Sales rose 4% in the first ', ' months of the year.')).toBe(false);
		expect(openSpan('Rivers burst their banks more often in the first ', ' months of the year than in any full year on record.')).toBe(false);
	});

	it('makes no false statement of the stretch', () => {
		const paragraphs = ['Mercy Wanjiru won the women’s race at the Porto Marathon on Sunday in 2 hours 21 minutes.', 'The women’s race turned into a duel between Wanjiru and Hana Tesfaye in the final 10 km.', 'Wanjiru pulled clear on the last climb to win by 19 seconds.'];
		const wrong = wrongOf(itemsOf('Wanjiru wins Porto Marathon in a duel', paragraphs, 3), 'in the final 10 km');
		expect(wrong.filter((w) => /final \d+ km/.test(w))).toEqual([]);
	});
});

// holdout184's film festival: "The film, shot over 31 days on Jeungdo Island ..." in a story of many films (R4)
describe('"the film" of a prize story that tells of other works is written as the winner’s title, or refused', () => {
	const title = "Peruvian drama 'Stone Rivers' wins top prize at Lisbon festival";
	const lead = '"Stone Rivers," a drama by Peruvian director Ana Quispe about two brothers in the Andes, won the Golden Tower at the Lisbon Film Festival on Saturday.';
	const shot = 'The film, shot over 28 days near Cusco for about $400,000, had premiered on the festival’s opening night.';
	const other = 'The jury prize went to "Night Ferry," a Greek thriller by Nikos Pappas about a smuggler.';

	it('writes the title in where another work follows', () => {
		const stems = stemsMatching(title, [lead, shot, other, ...filler], /shot over 28 days/).map((w) => w.stem);
		expect(stems.length).toBeGreaterThan(0);
		expect(stems.every((s) => s.startsWith('"Stone Rivers", shot over 28 days'))).toBe(true);
	});

	it('keeps "the film" of a story with one film', () => {
		const stems = stemsMatching(title, [lead, shot, ...filler], /shot over 28 days/).map((w) => w.stem);
		expect(stems.some((s) => s.startsWith('The film, shot over 28 days'))).toBe(true);
	});

	it('reads a bare "the film" as the headline’s only in a story of one work', () => {
		const one = splitSentences(parseArticleText(`${title}\n\n${[lead, shot, ...filler].join('\n\n')}`));
		expect(headlineEvent(title, one, one[1], 'film')).toBe(true);
		const two = splitSentences(parseArticleText(`${title}\n\n${[lead, shot, other, ...filler].join('\n\n')}`));
		expect(headlineEvent(title, two, two[1], 'film')).toBe(false);
	});
});
