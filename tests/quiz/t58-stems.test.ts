import { describe, expect, it } from 'vitest';
import { leansOnEarlierEvent } from '../../src/lib/quiz/back-references';
import { generateWithReport, shareInWords } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';

// invented appointment stories in which the one retiring praises the newcomer by first name: the praised one never said it
const stories: { text: string; praised: string }[] = [
	{
		text: [
			'Lindenfeld orchestra names Margit Oyelaran-Holm as new conductor',
			'Published 3 March 2026',
			'The Lindenfeld Symphony Orchestra on Tuesday named the Hungarian conductor Margit Oyelaran-Holm as its chief conductor, the first woman to hold the post in its 120-year history.',
			'Oyelaran-Holm, 47, spent nine years at the Tallinn Opera before moving to Austria in 2020. She replaces Dariusz Fenwick-Lago, who retires in June after 18 years in the role.',
			'"It is a joy to lead musicians who care so much about their city," Oyelaran-Holm said. "We will tour Japan next year."',
			'The orchestra said it sold 41,200 tickets last season. Its chairman, Piotr Maleski-Ortiz, said the search lasted seven months and drew 38 applicants from 12 countries.',
			'The Austrian conductor Anneli Voskuijlen and the Chilean violinist Rafael Ostrowicz-Lund were also on the shortlist, the orchestra said.',
			'Fenwick-Lago said he was delighted. "No conductor of her generation works harder than Margit," he said.'
		].join('\n\n'),
		praised: 'Oyelaran-Holm'
	},
	{
		text: [
			'Brackwater rowing club names Tobias Quennell-Arde as new coach',
			'Published 9 May 2026',
			'The Brackwater Rowing Club on Friday named the Danish coach Tobias Quennell-Arde as its head coach, the first foreigner to hold the post in its 90-year history.',
			'Quennell-Arde, 39, spent six years with the Danish national crew before moving to Wales in 2021. He replaces Helena Strzelecka-Moor, who retires in July after 14 years in the role.',
			'"It is an honour to coach rowers who work so hard," Quennell-Arde said. "We will race at Henley next summer."',
			'The club said it had 640 members last year. Its president, Ivo Darmstadt-Pell, said the search lasted five months and drew 27 applicants from 9 countries.',
			'The Dutch coach Femke Aarsbergen and the Irish rower Cathal Moynihan-Rees were also on the shortlist, the club said.',
			'Strzelecka-Moor said she was delighted. "Every rower in this club trusts Tobias," she said.'
		].join('\n\n'),
		praised: 'Quennell-Arde'
	}
];

describe('who said a quote that names a person by first name', () => {
	for (const { text, praised } of stories) {
		it(`never offers the person the quote speaks of as its speaker (${praised})`, () => {
			const article = parseArticleText(text);
			const asked = Array.from({ length: 16 }, (_, i) => i + 1).flatMap((seed) => generateWithReport(article, { seed, maxItems: 15 }).quiz.items).filter((i) => i.type === 'who-said' && /\b(?:Margit|Tobias)”/.test(i.stem));
			expect(asked.length).toBeGreaterThan(0);
			for (const i of asked) expect(i.options.filter((o) => o.endsWith(praised))).toEqual([]);
		});
	}
});

describe('a spell counted from a moment the stem never names', () => {
	it('refuses "the next twenty minutes" and its kind in a stem of past events', () => {
		for (const stem of [
			'How many fine saves did Elmbury goalkeeper Tomas Reyne make in the next twenty minutes to keep his side level?',
			'In the following hour, police arrested _____ people near the harbour.',
			'Hamid Osei scored _____ goals over the next 10 minutes.',
			'The ferry crew pulled 14 passengers from the water during the ensuing hours.'
		])
			expect(leansOnEarlierEvent(stem), stem).toBe(true);
	});

	it('keeps a spell counted from now, or from a moment the stem names', () => {
		for (const stem of [
			'The company will cut _____ jobs over the next three years.',
			'Officials expect 40,000 visitors in the next two weeks.',
			'Castlebay dominated the next 20 minutes after the red card.',
			'The council plans to plant _____ trees over the next decade.',
			'Groups representing mayors have estimated that towns in Wales face a combined funding gap of about £_____m over the next two years.'
		])
			expect(leansOnEarlierEvent(stem), stem).toBe(false);
	});
});

describe('a percentage the stem tells in words beside it', () => {
	const article = (sentence: string) => parseArticleText(['Harwick edge Lowmoor in tight derby', 'Published 4 April 2026', 'Harwick Town beat Lowmoor United 2-1 at Castle Lane on Saturday, with Jonas Pelle scoring the winner in the 81st minute.', sentence, 'Lowmoor manager Ines Vartanian said her side had deserved a draw after a hard game in heavy rain.', 'The two sides meet again in the county cup final at Castle Lane in May, when a crowd of about 20,000 is expected.'].join('\n\n'));
	const asked = (sentence: string) => [1, 2, 3, 4, 5, 6].flatMap((seed) => generateWithReport(article(sentence), { seed, maxItems: 15 }).quiz.items).filter((i) => i.source.text === sentence && /_____(?: per cent)?(?:,| of)/.test(i.stem));

	it('never asks a share that "almost even", "a third" or "nearly all" gives away', () => {
		for (const sentence of [
			'Possession was almost even, with Harwick having 52 per cent of the ball over the 90 minutes.',
			'A third of the 18,400 tickets, 34 per cent, went to Lowmoor fans who travelled from the coast.',
			'Nearly all of the season-ticket holders, 94 per cent, renewed before the derby, the club said.'
		])
			expect(asked(sentence).map((i) => i.stem)).toEqual([]);
	});
});

describe('shares told in words, read beside the key alone', () => {
	it('keeps a share far from what the words say', () => {
		expect(shareInWords('A third of the budget went on wages, and Harwick spent _____ per cent on travel.', 12)).toBe(false);
		expect(shareInWords('Harwick had _____ per cent of the ball in the second half.', 50)).toBe(false);
		expect(shareInWords('Possession was almost even, with Harwick having _____ per cent of the ball.', 52)).toBe(true);
	});
});
