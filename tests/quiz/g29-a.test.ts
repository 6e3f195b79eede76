import { describe, expect, it } from 'vitest';
import { generateWithReport } from '../../src/lib/quiz/generate';
import { parseArticleText } from '../../src/lib/quiz/parse-article';
import type { Item } from '../../src/lib/quiz/types';
import { filler, reportOf, written } from './report';

/** Every stem written from a headline and paragraphs (with `filler` after them), kept or rejected. */
function stemsOf(title: string, paragraphs: string[]): string[] {
	return written(reportOf(title, [...paragraphs, ...filler])).map((w) => w.stem);
}

/** Every item over ten seeds from a headline and paragraphs (with `filler` after them). */
function itemsOf(title: string, paragraphs: string[]): Item[] {
	const article = parseArticleText(`${title}\n\n${[...paragraphs, ...filler].join('\n\n')}`);
	const items: Item[] = [];
	for (let seed = 1; seed <= 10; seed++) items.push(...generateWithReport(article, { seed, maxItems: 15 }).quiz.items);
	return items;
}

// an invented rankings story: the lead names one ranking, the body calls it "the table"
const RANKINGS_TITLE = 'Nordic colleges rise as Aberdale holds first place in 2031 global rankings';
const RANKINGS = [
	'OSLO (Reuters) - Aberdale University was named the best university in the world for the fourth year running in the Meridian Education (MEG) Global College Rankings published on Tuesday, while colleges in Norway and Finland moved up sharply.',
	'The 2031 table assesses 1,640 institutions in 88 countries, up from 1,575 a year earlier, its compilers said.',
	'Aberdale was followed by Castlemere University in second place, while Brightwater University fell to fifth.',
	'Tromsdal University rose to 14th, its best ever position, and Vesterby University climbed to 17th.',
	'Figures for this year’s table came from 96 million citations across 11.2 million papers, the compilers said.',
	'Sweden has 41 ranked institutions, but 19 of them fell in the table, while only 12 improved.'
];

describe('g29-a: a rankings story’s "the table" names the ranking its lead names (R4, holdout76 grades)', () => {
	it('writes the lead’s ranking, without its bracketed acronym, for "the table", and the year it gives for "this year’s table"', () => {
		const stems = stemsOf(RANKINGS_TITLE, RANKINGS);
		expect(stems.some((s) => s.includes('fell in the Meridian Education Global College Rankings'))).toBe(true);
		expect(stems.some((s) => s.includes('Figures for the 2031 Meridian Education Global College Rankings came from'))).toBe(true);
		expect(stems.filter((s) => /\bthe table\b|this year’s table/.test(s))).toEqual([]);
	});

	it('asks "Which university climbed to 17th in the <ranking>?", never "Which organisation climbed to 17th?"', () => {
		const stems = itemsOf(RANKINGS_TITLE, RANKINGS).filter((i) => i.type === 'mcq').map((i) => i.stem);
		expect(stems).toContain('Which university climbed to 17th in the Meridian Education Global College Rankings?');
		expect(stems.filter((s) => /^Which organisation\b|\b\d+th\?$/.test(s))).toEqual([]);
	});
});
